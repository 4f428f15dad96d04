package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.groups.GroupDetails;
import no.feltlogg.groups.GroupStatus;
import no.feltlogg.groups.Groups;
import no.feltlogg.groups.Recruitment;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * A municipality with two teams, one account per role (workers and the leader in team A),
 * and in each team one record of every kind a path can name, made by that team's worker
 * or leader.
 */
final class MatrixWorld {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	final Map<String, CurrentUser> actors = new HashMap<>();

	final Map<String, UUID> own;

	final Map<String, UUID> other;

	private final MockMvcTester mvc;

	private final TestStaff staff;

	private final YouthRecords records;

	private final Groups groups;

	private final JdbcTemplate jdbc;

	MatrixWorld(MockMvcTester mvc, TestStaff staff, YouthRecords records, Groups groups, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.staff = staff;
		this.records = records;
		this.groups = groups;
		this.jdbc = jdbc;
		var municipality = staff.newMunicipality();
		for (var role : Role.values()) {
			actors.put(role.name(), municipality.user(municipality.account(role)));
		}
		var workerB = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		var leaderB = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		own = records(actors.get("WORKER"), actors.get("LEADER"));
		other = records(workerB, leaderB);
		// an account the administrator can change without locking out the actors
		own.put("account", municipality.user(municipality.account(Role.WORKER)).accountId());
		var elsewhere = staff.newMunicipality();
		other.put("account", elsewhere.user(elsewhere.account(Role.WORKER)).accountId());
		// the SLT plan and API tokens (issue 18): the actors' municipality's, and another
		// municipality's
		planAndToken(own, municipality.id, municipality.teamA, actors.get("ADMIN").accountId());
		planAndToken(other, elsewhere.id, elsewhere.teamA, other.get("account"));
	}

	private void planAndToken(Map<String, UUID> ids, UUID municipality, UUID team, UUID creator) {
		var area = UUID.randomUUID();
		jdbc.update("insert into slt_area (id, municipality_id, name, created_at) values (?, ?, ?, now())", area,
				municipality, "SLT-område " + area);
		ids.put("sltArea", area);
		var measure = UUID.randomUUID();
		jdbc.update("""
				insert into slt_measure (id, municipality_id, name, target_group, responsible_unit, starts_on, status,
				                         created_at, updated_at)
				values (?, ?, 'Tiltak', 'Ungdom', 'Enhet', current_date, 'ACTIVE', now(), now())""", measure,
				municipality);
		ids.put("sltMeasure", measure);
		var token = UUID.randomUUID();
		jdbc.update("""
				insert into api_token (id, municipality_id, team_id, name, token_hash, token_prefix, created_by,
				                       created_by_role, created_at)
				values (?, ?, ?, 'Dashbord', ?, 'flt_xxxx', ?, 'ADMIN', now())""", token, municipality, team,
				token.toString().replace("-", "") + token.toString().replace("-", ""), creator);
		ids.put("apiToken", token);
	}

	private Map<String, UUID> records(CurrentUser worker, CurrentUser leader) {
		var ids = new HashMap<String, UUID>();
		var team = worker.requireTeamId();
		var today = LocalDate.now(Oslo.ZONE);
		var youth = YouthFixtures.register(records, worker, "Matrise Ungdom " + UUID.randomUUID(), Birth.year(2010));
		ids.put("youth", youth);
		ids.put("consent", one("select id from consent where youth_id = ?", youth));
		post(worker, "/youth/" + youth + "/concerns/new", "criterion", "FIGHTS", "notedOn", FormDates.today());
		ids.put("concern", one("select id from concern where youth_id = ?", youth));
		post(worker, "/journal/new?youth=" + youth, "type", "FOLLOW_UP", "occurredOn", FormDates.today(), "text",
				"Utkast.", "action", "draft");
		ids.put("entry", one("select id from journal_entry where youth_id = ?", youth));
		post(worker, "/journal/new?youth=" + youth, "type", "FOLLOW_UP", "occurredOn", FormDates.today(), "text",
				"Signert.", "action", "sign");
		ids.put("signed", jdbc.queryForObject("select id from journal_entry where youth_id = ? and id <> ?", UUID.class,
				youth, ids.get("entry")));
		var serviceName = "Tjeneste " + UUID.randomUUID();
		post(leader, "/team/services/new", "name", serviceName, "kind", "OTHER");
		var service = jdbc.queryForObject("select id from service where team_id = ? and name = ?", UUID.class, team,
				serviceName);
		ids.put("service", service);
		post(worker, "/referrals/new?youth=" + youth, "serviceId", service.toString(), "form", "FORMAL_REFERRAL",
				"referredOn", FormDates.today(), "reason", "Trenger hjelp.", "sharedInformation", "Navn og alder.",
				"legalBasis", "DUTY_TO_AVERT", "justification", "Fare for liv og helse.");
		ids.put("referral", one("select id from referral where youth_id = ?", youth));
		post(leader, "/team/codes?kind=AREA", "label", "Område " + UUID.randomUUID());
		ids.put("code", one("select id from code_item where team_id = ? and kind = 'AREA' limit 1", team));
		var group = AsUser.call(worker,
				() -> groups.create(worker,
						new GroupDetails("Gruppe", "girls", null, null, null, today.minusDays(7), null, 10,
								EnumSet.of(Recruitment.SCHOOL), false, GroupStatus.RUNNING,
								Set.of(worker.accountId()))));
		ids.put("group", group);
		post(worker, "/groups/" + group + "/participants/add", "youthIds", youth.toString(), "joinedOn",
				FormDates.format(today.minusDays(1)));
		ids.put("participant", one("select id from group_participant where group_id = ?", group));
		post(worker, "/groups/" + group + "/sessions/new", "date", FormDates.format(today), "startsAt", "14:00",
				"endsAt", "15:30", "themeCode", "friends", "activity", "Samtale", "action", "save");
		ids.put("session", one("select id from group_session where group_id = ?", group));
		post(worker, "/fieldwork/encounters/new", "date", today.minusDays(1).toString(), "time", "21:00", "arena",
				"street", "counts[GIRL:16-18]", "1");
		ids.put("encounter", one("select id from encounter where team_id = ? limit 1", team));
		post(worker, "/fieldwork/shifts/start");
		ids.put("shift", one("select id from shift where team_id = ? limit 1", team));
		// a help measure for child welfare (its consent need not allow the report: a
		// refusal answers too)
		ids.put("measureId", UUID.randomUUID());
		jdbc.update("""
				insert into child_welfare_measure (id, team_id, youth_id, title, decided_on, starts_on, ends_on,
				  hours_per_week, consent_id, responsible_id, evaluation_on, created_by, created_at)
				values (?, ?, ?, 'Tiltak', ?, ?, ?, 2, ?, ?, ?, ?, now())""", ids.get("measureId"), team, youth, today,
				today, today.plusMonths(6), ids.get("consent"), worker.accountId(), today.plusMonths(3),
				worker.accountId());
		// no import is needed to show that an undo goes no further than the team's own
		// imports
		ids.put("import", UUID.randomUUID());
		// information work and a school (information module)
		var school = "Skole " + UUID.randomUUID();
		post(leader, "/team/codes?kind=SCHOOL", "label", school, "schoolLevel", "LOWER_SECONDARY");
		ids.put("schoolId", jdbc.queryForObject("select id from code_item where team_id = ? and label = ?", UUID.class,
				team, school));
		post(worker, "/information/new", "date", today.minusDays(1).toString(), "kind", "LESSON", "schoolId",
				ids.get("schoolId").toString(), "led", "true", "pupils", "25", "grade", "8", "workers",
				worker.accountId().toString());
		ids.put("informationId", one("select id from information_event where team_id = ?", team));
		return ids;
	}

	/**
	 * A path pattern with its variables replaced by the ids of the own team's records or
	 * the other team's.
	 */
	String expand(String pattern, boolean ownTeam) {
		var ids = ownTeam ? own : other;
		var matcher = VARIABLE.matcher(pattern);
		var path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, value(ids, pattern, matcher.group(1)));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** The id a path variable stands for, from the module the path belongs to. */
	private static String value(Map<String, UUID> ids, String path, String variable) {
		if (variable.equals("format")) {
			return "csv";
		}
		if (variable.startsWith("group:")) {
			return "readiness"; // the health group of /actuator/health/{group}
		}
		if (variable.equals("token")) {
			return "no-such-link"; // a password link that was never made
		}
		String key = switch (variable) {
			case "consentId" -> "consent";
			case "concernId" -> "concern";
			case "participantId" -> "participant";
			case "sessionId" -> "session";
			default -> path.startsWith("/youth/") ? "youth" : path.startsWith("/journal/")
					? (path.endsWith("/correct") ? "signed" : "entry")
					: path.startsWith("/referrals/") ? "referral" : path.startsWith("/groups/") ? "group" : path
						.startsWith("/fieldwork/encounters/")
								? "encounter"
								: path.startsWith("/fieldwork/shifts/") ? "shift" : path.startsWith("/team/codes/")
										? "code"
										: path.startsWith("/team/services/") ? "service"
												: path.startsWith("/team/import/") ? "import"
														: path.startsWith("/admin/accounts/") ? "account"
																: path.startsWith("/slt/plan/measures/") ? "sltMeasure"
																		: path.startsWith("/slt/plan/areas/")
																				? "sltArea" : path.contains("/tokens/")
																						? "apiToken" : variable;
		};
		var id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException(
					"No record for {" + variable + "} in " + path + ": give the matrix test's World one");
		}
		return id.toString();
	}

	private void post(CurrentUser who, String uri, String... params) {
		var request = mvc.post().uri(uri).with(user(who)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		var result = request.exchange();
		assertThat(result)
			.as(() -> "making the records: " + uri + " answered " + result.getResponse().getStatus() + " "
					+ org.jsoup.Jsoup.parse(body(result)).select(".field-error").eachText())
			.hasStatus3xxRedirection();
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private @Nullable UUID one(String sql, Object argument) {
		return jdbc.queryForObject(sql, UUID.class, argument);
	}

}
