package no.feltlogg.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthDetails;
import no.feltlogg.youth.YouthRecords;
import no.feltlogg.youth.Youths;

/**
 * Groups, participants, sessions and attendance through the pages and the service: who
 * can join, what a withdrawal of consent does, team isolation, role refusals, errors at
 * the field, the access log, the timeline and the export.
 */
@IntegrationTest
class GroupsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Groups groups;

	@Autowired
	Attendances attendances;

	@Autowired
	Participants participants;

	@Autowired
	Sessions sessions;

	@Autowired
	YouthRecords records;

	@Autowired
	Youths youths;

	@Autowired
	GroupCounts counts;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	LocalDate today = LocalDate.now(Oslo.ZONE);

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	@Test
	void onlyYouthsWithAConsentToRegistrationAndAnActiveRecordCanBeAdded() {
		var group = group(worker, "Jentegruppa", today.minusDays(20), false);
		var consented = youth(worker, "Aktiv Jente", Gender.GIRL, today.getYear() - 14, today.minusDays(30));
		var withdrawn = youth(worker, "Trukket Jente", Gender.GIRL, today.getYear() - 14, today.minusDays(30));
		withdraw(worker, withdrawn, today.minusDays(2));
		var otherTeam = youth(municipality.user(municipality.account(Role.WORKER, municipality.teamB)), "Annet Team",
				Gender.GIRL, today.getYear() - 14, today.minusDays(30));

		assertThat(mvc.get().uri("/groups/{id}/participants/add", group).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Aktiv Jente")
			.doesNotContain("Trukket Jente")
			.doesNotContain("Annet Team");

		for (var refused : List.of(withdrawn, otherTeam)) {
			assertThat(mvc.post()
				.uri("/groups/{id}/participants/add", group)
				.param("youthIds", refused.toString())
				.param("joinedOn", DateFormats.DATE.format(today))
				.with(user(worker))
				.with(csrf())).hasStatusOk()
				.bodyText()
				.contains("id=\"youthIds-error\"")
				.contains("Kan ikke legges til");
		}
		assertThatThrownBy(
				() -> AsUser.run(worker, () -> participants.addParticipants(worker, group, List.of(withdrawn), today)))
			.isInstanceOf(IllegalStateException.class);

		// a youth whose consent begins after the day she would join cannot join from that
		// day
		var late = youth(worker, "Sen Samtykke", Gender.GIRL, today.getYear() - 14, today.minusDays(3));
		assertThat(mvc.post()
			.uri("/groups/{id}/participants/add", group)
			.param("youthIds", late.toString())
			.param("joinedOn", DateFormats.DATE.format(today.minusDays(10)))
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Sen Samtykke");

		assertThat(mvc.post()
			.uri("/groups/{id}/participants/add", group)
			.param("youthIds", consented.toString(), late.toString())
			.param("joinedOn", DateFormats.DATE.format(today.minusDays(1)))
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/groups/" + group);
		assertThat(jdbc.queryForList("select youth_id from group_participant where group_id = ?", UUID.class, group))
			.containsExactlyInAnyOrder(consented, late);
		assertThat(log(consented, "CHANGE", "groups.joined")).isOne();
		assertThat(log(withdrawn, "CHANGE", "groups.joined")).isZero();
	}

	@Test
	void aYouthWhoWithdrawsHerConsentStaysInPastAttendanceButCannotBeAddedToNewSessions() {
		var group = group(worker, "Guttegruppa", today.minusDays(50), false);
		var erik = youth(worker, "Erik Trekker", Gender.BOY, today.getYear() - 15, today.minusDays(60));
		var finn = youth(worker, "Finn Blir", Gender.BOY, today.getYear() - 15, today.minusDays(60));
		join(worker, group, today.minusDays(50), erik, finn);
		var first = session(worker, group, today.minusDays(30));
		attend(worker, group, first, Map.of(erik, AttendanceStatus.PRESENT, finn, AttendanceStatus.PRESENT));
		var beforeWithdrawal = session(worker, group, today.minusDays(12));

		withdraw(worker, erik, today.minusDays(10));
		assertThat(jdbc.queryForObject("select left_on from group_participant where group_id = ? and youth_id = ?",
				LocalDate.class, group, erik))
			.as("she leaves the group on the day of the withdrawal")
			.isEqualTo(today.minusDays(10));

		var after = session(worker, group, today.minusDays(5));
		assertThat(mvc.get().uri("/groups/{id}/sessions/{s}/attendance", group, after).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("name=\"marks[" + finn + "]\"")
			.doesNotContain("marks[" + erik + "]")
			.doesNotContain("Erik Trekker");
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/{s}/attendance", group, after)
			.param("marks[" + erik + "]", "PRESENT")
			.param("marks[" + finn + "]", "PRESENT")
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Oppmøte kan ikke føres for en ungdom uten gyldig samtykke");

		// a session before the withdrawal whose attendance was not taken: she was in the
		// group, but is locked now
		assertThat(mvc.get().uri("/groups/{id}/sessions/{s}/attendance", group, beforeWithdrawal).with(user(worker)))
			.hasStatusOk()
			.bodyText()
			.contains("Erik Trekker")
			.doesNotContain("name=\"marks[" + erik + "]\"")
			.contains("Oppmøte kan ikke føres: journalen er avsluttet");
		assertThatThrownBy(() -> attend(worker, group, beforeWithdrawal, Map.of(erik, AttendanceStatus.PRESENT)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(
				() -> AsUser.run(worker,
						() -> participants.addParticipants(worker,
								group(worker, "Ny gruppe", today.minusDays(1), false), List.of(erik), today)))
			.isInstanceOf(IllegalStateException.class);

		attend(worker, group, after, Map.of(finn, AttendanceStatus.ABSENT));
		assertThat(mvc.get().uri("/groups/{id}", group).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Erik Trekker")
			.contains("1 av 1")
			.contains("Med " + DateFormats.DATE.format(today.minusDays(50)) + " – "
					+ DateFormats.DATE.format(today.minusDays(10)));
		assertThat(jdbc.queryForObject("select status from group_attendance where session_id = ? and youth_id = ?",
				String.class, first, erik))
			.isEqualTo("PRESENT");
	}

	@Test
	void attendancesAddUpAcrossAPeriodThatCutsThroughTheRunButUniqueParticipantsDoNot() throws Exception {
		var month = today.minusMonths(4).withDayOfMonth(1);
		var group = group(worker, "Sisterhood", month.minusDays(25), true);
		var g1 = youth(worker, "Gina En", Gender.GIRL, today.getYear() - 14, today.minusDays(400));
		var g2 = youth(worker, "Gro To", Gender.GIRL, today.getYear() - 14, today.minusDays(400));
		var b1 = youth(worker, "Bo Tre", Gender.BOY, today.getYear() - 17, today.minusDays(400));
		join(worker, group, month.minusDays(25), g1, g2, b1);
		var s1 = session(worker, group, month.minusDays(20));
		var s2 = session(worker, group, month.minusDays(10));
		var s3 = session(worker, group, month.plusDays(5));
		var s4 = session(worker, group, month.plusDays(15));
		var s5 = session(worker, group, month.plusDays(22));
		session(worker, group, month.plusDays(26));
		attend(worker, group, s1,
				Map.of(g1, AttendanceStatus.PRESENT, g2, AttendanceStatus.PRESENT, b1, AttendanceStatus.ABSENT));
		attend(worker, group, s2,
				Map.of(g1, AttendanceStatus.PRESENT, g2, AttendanceStatus.EXCUSED, b1, AttendanceStatus.PRESENT));
		AsUser.run(worker, () -> attendances.takeAttendance(worker, group, s3, version(s3),
				Map.of(g1, AttendanceStatus.PRESENT, g2, AttendanceStatus.PRESENT, b1, AttendanceStatus.PRESENT),
				List.of(new AnonymousCount(Gender.GIRL, "12-15", 2), new AnonymousCount(Gender.BOY, "16-18", 1))));
		attend(worker, group, s4,
				Map.of(g1, AttendanceStatus.PRESENT, g2, AttendanceStatus.ABSENT, b1, AttendanceStatus.ABSENT));
		AsUser.run(worker, () -> sessions.cancelSession(worker, group, s5));

		var teams = List.of(municipality.teamA);
		var before = new no.feltlogg.shared.ReportingPeriod(month.minusMonths(1), month);
		var during = no.feltlogg.shared.ReportingPeriod.month(java.time.YearMonth.from(month));
		var whole = new no.feltlogg.shared.ReportingPeriod(month.minusMonths(1), month.plusMonths(1));

		assertThat(counts.totals(teams, before)).isEqualTo(new GroupCounts.Totals(4, 3, 0, 2, 2));
		assertThat(counts.totals(teams, during)).isEqualTo(new GroupCounts.Totals(4, 3, 3, 2, 4));
		assertThat(counts.totals(teams, during).heldPercent()).isEqualTo(50L);
		assertThat(counts.totals(teams, whole)).as("attendances add up, unique participants do not")
			.isEqualTo(new GroupCounts.Totals(8, 3, 3, 4, 6));
		assertThat(counts.totals(List.of(municipality.teamB), whole)).isEqualTo(new GroupCounts.Totals(0, 0, 0, 0, 0));

		assertThat(counts.byGroupType(teams, during))
			.containsExactly(new GroupCounts.TypeCount("girls", 1, 4, 3, 3, 2, 4));
		assertThat(counts.byAgeBandAndGender(teams, whole)).containsExactly(
				new GroupCounts.BandGenderCount("12-15", Gender.GIRL, 6, 2),
				new GroupCounts.BandGenderCount("16-18", Gender.BOY, 2, 1));
		assertThat(counts.anonymousByAgeBandAndGender(teams, whole)).containsExactly(
				new GroupCounts.AnonymousBandGenderCount("12-15", Gender.GIRL, 2),
				new GroupCounts.AnonymousBandGenderCount("16-18", Gender.BOY, 1));
		assertThat(counts.byMonth(teams, whole)).extracting(GroupCounts.MonthCount::attendances)
			.containsExactly(4L, 4L);

		assertThat(mvc.get().uri("/groups/{id}", group).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Holdt 4 av 10 planlagte samlinger (40 %).");

		// the leader's report for the same two months shows the same figures
		var leader = municipality.user(municipality.account(Role.LEADER));
		var report = mvc.get()
			.uri("/statistics/annual?kind=custom&from=" + whole.from() + "&to=" + whole.lastDay())
			.with(user(leader))
			.exchange();
		var page = org.jsoup.Jsoup
			.parse(report.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.select("#table-groups tbody tr").eachText()).contains("Deltakelser (registrerte) 8",
				"Unike deltakere 3", "Anonyme deltakelser 3", "Samlinger holdt 4", "Samlinger planlagt 6");
		assertThat(page.select("#table-groupsByType tbody tr").eachText())
			.containsExactly("Jentegruppe (Sisterhood) 8 3 3");
	}

	@Test
	void anotherTeamsWorkerFindsNothing() {
		var group = group(worker, "Team A sin gruppe", today.minusDays(10), true);
		var youth = youth(worker, "Hemmelig Deltaker", Gender.GIRL, today.getYear() - 14, today.minusDays(30));
		join(worker, group, today.minusDays(10), youth);
		var session = session(worker, group, today.minusDays(1));
		var participant = jdbc.queryForObject("select id from group_participant where group_id = ?", UUID.class, group);
		var other = municipality.user(municipality.account(Role.WORKER, municipality.teamB));

		for (var url : List.of("/groups/" + group, "/groups/" + group + "/edit",
				"/groups/" + group + "/participants/add", "/groups/" + group + "/sessions/new",
				"/groups/" + group + "/sessions/" + session, "/groups/" + group + "/sessions/" + session + "/edit",
				"/groups/" + group + "/sessions/" + session + "/attendance",
				"/groups/" + group + "/participants/" + participant + "/leave")) {
			assertThat(mvc.get().uri(url).with(user(other))).as(url)
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.doesNotContain("Hemmelig Deltaker");
		}
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/{s}/attendance", group, session)
			.param("marks[" + youth + "]", "PRESENT")
			.param("version", "0")
			.with(user(other))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/groups/{id}/sessions/{s}/cancel", group, session).with(user(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/groups/{id}/participants/{p}/leave", group, participant)
			.param("leftOn", DateFormats.DATE.format(today))
			.with(user(other))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(jdbc.queryForObject("select count(*) from group_attendance where session_id = ?", Integer.class,
				session))
			.isZero();
		assertThat(jdbc.queryForObject("select status from group_session where id = ?", String.class, session))
			.isEqualTo("PLANNED");
		assertThat(mvc.get().uri("/groups").with(user(other))).hasStatusOk()
			.bodyText()
			.doesNotContain("Team A sin gruppe");
		assertThatThrownBy(() -> AsUser.call(other, () -> groups.page(other, group)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void sltAndAdministratorAreRefused() {
		var group = group(worker, "Ingen adgang", today.minusDays(10), false);
		for (var role : List.of(Role.SLT, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			for (var url : List.of("/groups", "/groups/new", "/groups/" + group)) {
				assertThat(mvc.get().uri(url).with(user(other))).as(role + " " + url).hasStatus(HttpStatus.FORBIDDEN);
			}
			assertThat(mvc.post().uri("/groups/new").param("name", "Forsøk").with(user(other)).with(csrf()))
				.as(role.name())
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThatThrownBy(() -> AsUser.call(other, () -> groups.list(other))).as(role.name())
				.isInstanceOf(AuthorizationDeniedException.class);
			assertThat(mvc.get().uri("/").with(user(other))).bodyText().doesNotContain("href=\"/groups\"");
		}
		assertThat(mvc.get().uri("/").with(user(worker))).bodyText().contains("href=\"/groups\"");
	}

	@Test
	void whatIsTypedWrongIsShownAtTheFieldInNorwegianNeverAsAServerError() {
		assertThat(mvc.post()
			.uri("/groups/new")
			.param("name", "")
			.param("typeCode", "ingen-slik")
			.param("startsOn", "31.02.2026")
			.param("endsOn", "i morgen")
			.param("plannedSessions", "mange")
			.param("status", "SNART")
			.param("schoolId", "ikke-en-id")
			.with(user(worker))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"name-error\"")
			.contains("id=\"typeCode-error\"")
			.contains("id=\"startsOn-error\"")
			.contains("Skriv datoen som dd.mm.åååå")
			.contains("id=\"endsOn-error\"")
			.contains("id=\"plannedSessions-error\"")
			.contains("id=\"schoolId-error\"");
		assertThat(mvc.post()
			.uri("/groups/new")
			.param("name", "Baklengs")
			.param("typeCode", "boys")
			.param("startsOn", "10.09.2026")
			.param("endsOn", "01.09.2026")
			.param("plannedSessions", "8")
			.param("status", "PLANNED")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Sluttdatoen kan ikke være før startdatoen.");

		var group = group(worker, "Feilgruppa", today.minusDays(10), true);
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/new", group)
			.param("date", DateFormats.DATE.format(today.minusDays(20)))
			.param("startsAt", "18:00")
			.param("endsAt", "17:00")
			.param("themeCode", "ukjent")
			.param("note", "Ring meg på 912 34 567")
			.param("repeat", "1")
			.with(user(worker))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Samlingen kan ikke være før gruppen starter")
			.contains("Sluttiden må være etter starttiden.")
			.contains("id=\"themeCode-error\"")
			.contains("Notatet ser ut til å inneholde et telefonnummer");
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/new", group)
			.param("date", DateFormats.DATE.format(today))
			.param("startsAt", "kveld")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"startsAt-error\"");
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/new", group)
			.param("date", DateFormats.DATE.format(today.plusDays(7)))
			.param("action", "attendance")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Samlingen er ikke holdt ennå.");

		var youth = youth(worker, "Glemt Jente", Gender.GIRL, today.getYear() - 13, today.minusDays(30));
		join(worker, group, today.minusDays(10), youth);
		var session = session(worker, group, today);
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/{s}/attendance", group, session)
			.param("shown", youth.toString())
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Velg oppmøte for alle deltakerne.")
			.contains("Velg til stede, ikke møtt eller meldt forfall.");
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/{s}/attendance", group, session)
			.param("marks[ikke-en-id]", "PRESENT")
			.param("marks[" + youth + "]", "KANSKJE")
			.param("counts[GIRL:12-15]", "tre")
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Oppmøtet kunne ikke leses.")
			.contains("Skriv antall som et tall.");
		assertThat(mvc.get().uri("/groups/ikke-en-id").with(user(worker))).hasStatus4xxClientError();
		assertThat(mvc.get().uri("/groups/{id}", UUID.randomUUID()).with(user(worker))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(jdbc.queryForObject("select status from group_session where id = ?", String.class, session))
			.isEqualTo("PLANNED");
	}

	@Test
	void everyYouthShownOrChangedLeavesAnAccessLogRowAndTheTimelineAndExportShowTheGroup() {
		var group = group(worker, "Livsmestring", today.minusDays(10), false);
		var ada = youth(worker, "Ada Logget", Gender.GIRL, today.getYear() - 15, today.minusDays(30));
		var bea = youth(worker, "Bea Logget", Gender.GIRL, today.getYear() - 15, today.minusDays(30));
		join(worker, group, today.minusDays(10), ada, bea);
		var session = session(worker, group, today.minusDays(1));
		var colleague = municipality.user(municipality.account(Role.WORKER));

		assertThat(mvc.get().uri("/groups/{id}", group).with(user(colleague))).hasStatusOk();
		assertThat(log(ada, colleague, "READ", "groups.participation")).isOne();
		assertThat(log(bea, colleague, "READ", "groups.participation")).isOne();

		assertThat(mvc.get().uri("/groups/{id}/sessions/{s}/attendance", group, session).with(user(colleague)))
			.hasStatusOk();
		assertThat(log(ada, colleague, "READ", "groups.attendance")).isOne();
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/{s}/attendance", group, session)
			.param("shown", ada.toString(), bea.toString())
			.param("marks[" + ada + "]", "PRESENT")
			.param("marks[" + bea + "]", "EXCUSED")
			.param("version", String.valueOf(version(session)))
			.with(user(colleague))
			.with(csrf())).hasRedirectedUrl("/groups/" + group);
		assertThat(log(ada, colleague, "CHANGE", "groups.attendance")).isOne();
		assertThat(log(bea, colleague, "CHANGE", "groups.attendance")).isOne();

		// saving again with one mark changed logs only that change
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/{s}/attendance", group, session)
			.param("shown", ada.toString(), bea.toString())
			.param("marks[" + ada + "]", "PRESENT")
			.param("marks[" + bea + "]", "PRESENT")
			.param("version", String.valueOf(version(session)))
			.with(user(colleague))
			.with(csrf())).hasRedirectedUrl("/groups/" + group);
		assertThat(log(ada, colleague, "CHANGE", "groups.attendance")).isOne();
		assertThat(log(bea, colleague, "CHANGE", "groups.attendance")).isEqualTo(2);

		// a stale form is a conflict, not a lost update
		assertThat(mvc.post()
			.uri("/groups/{id}/sessions/{s}/attendance", group, session)
			.param("marks[" + bea + "]", "ABSENT")
			.param("version", "0")
			.with(user(colleague))
			.with(csrf())).hasStatus(HttpStatus.CONFLICT);

		assertThat(mvc.get().uri("/youth/{id}", ada).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Deltok på samling i Livsmestring")
			.contains("Ble med i Livsmestring");
		var leader = municipality.user(municipality.account(Role.LEADER));
		assertThat(mvc.get().uri("/youth/{id}/export.json", bea).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("\"groups\"")
			.contains("Livsmestring")
			.contains("Til stede");
		assertThat(mvc.get().uri("/youth/{id}/export.pdf", bea).with(user(leader))).hasStatusOk();
	}

	@Test
	void aRestrictedYouthIsShownWithoutHerNameToThoseWhoHaveGivenNoReason() {
		var group = group(worker, "Skjermet gruppe", today.minusDays(10), false);
		var hidden = youth(worker, "Skjult Navnesen", Gender.GIRL, today.getYear() - 15, today.minusDays(30), true);
		var open = youth(worker, "Åpen Navnesen", Gender.GIRL, today.getYear() - 15, today.minusDays(30));
		join(worker, group, today.minusDays(10), hidden, open);
		var session = session(worker, group, today.minusDays(1));
		var colleague = municipality.user(municipality.account(Role.WORKER));

		assertThat(mvc.get().uri("/groups/{id}", group).with(user(colleague))).hasStatusOk()
			.bodyText()
			.contains("Åpen Navnesen")
			.doesNotContain("Skjult Navnesen")
			.contains("Skjermet ungdom")
			.contains("/youth/" + hidden + "/need-to-know");
		assertThat(mvc.get().uri("/groups/{id}/sessions/{s}/attendance", group, session).with(user(colleague)))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Skjult Navnesen")
			.doesNotContain("marks[" + hidden + "]");
		assertThat(jdbc.queryForObject(
				"select count(*) from access_log where youth_id = ? and account_id = ? and not allowed", Integer.class,
				hidden, colleague.accountId()))
			.isEqualTo(2);
		assertThat(mvc.get().uri("/groups/{id}", group).with(user(worker))).bodyText().contains("Skjult Navnesen");
	}

	// ---------------------------------------------------------------- helpers

	UUID group(CurrentUser user, String name, LocalDate startsOn, boolean anonymous) {
		return AsUser.call(user, () -> groups.create(user, new GroupDetails(name, "girls", null, null, null, startsOn,
				null, 10, EnumSet.of(Recruitment.SCHOOL), anonymous, GroupStatus.RUNNING, Set.of(user.accountId()))));
	}

	UUID youth(CurrentUser user, String name, Gender gender, int birthYear, LocalDate consentOn) {
		return youth(user, name, gender, birthYear, consentOn, false);
	}

	UUID youth(CurrentUser user, String name, Gender gender, int birthYear, LocalDate consentOn, boolean restricted) {
		return AsUser.call(user,
				() -> records.register(user,
						new YouthDetails(name, Birth.year(birthYear), gender, null, null, null,
								Set.of(user.accountId()), restricted),
						NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, consentOn)));
	}

	void withdraw(CurrentUser user, UUID youth, LocalDate on) {
		AsUser.run(user, () -> {
			var consent = youths.consents(user.requireTeamId(), youth)
				.stream()
				.filter(c -> c.scope() == ConsentScope.REGISTRATION)
				.findFirst()
				.orElseThrow();
			records.withdrawConsent(user, youth, consent.id(), on);
		});
	}

	void join(CurrentUser user, UUID group, LocalDate on, UUID... youthIds) {
		AsUser.run(user, () -> participants.addParticipants(user, group, List.of(youthIds), on));
	}

	UUID session(CurrentUser user, UUID group, LocalDate date) {
		return AsUser.call(user, () -> sessions.planSession(user, group, new SessionDetails(date,
				java.time.LocalTime.of(14, 0), java.time.LocalTime.of(15, 30), "friends", "Samtale og pizza", null)));
	}

	void attend(CurrentUser user, UUID group, UUID session, Map<UUID, AttendanceStatus> marks) {
		AsUser.run(user, () -> attendances.takeAttendance(user, group, session, version(session), marks, List.of()));
	}

	long version(UUID session) {
		return jdbc.queryForObject("select version from group_session where id = ?", Long.class, session);
	}

	int log(UUID youth, String action, String subject) {
		return log(youth, worker, action, subject);
	}

	int log(UUID youth, CurrentUser by, String action, String subject) {
		return jdbc.queryForObject("""
				select count(*) from access_log
				 where youth_id = ? and account_id = ? and action = ? and subject = ? and allowed""", Integer.class,
				youth, by.accountId(), action, subject);
	}

}
