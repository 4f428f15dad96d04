package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.groups.AttendanceStatus;
import no.feltlogg.groups.GroupDetails;
import no.feltlogg.groups.GroupStatus;
import no.feltlogg.groups.Groups;
import no.feltlogg.groups.Sessions;
import no.feltlogg.groups.Participants;
import no.feltlogg.groups.Attendances;
import no.feltlogg.groups.Recruitment;
import no.feltlogg.groups.SessionDetails;
import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.referrals.LegalBasis;
import no.feltlogg.referrals.NewReferral;
import no.feltlogg.referrals.ReferralKind;
import no.feltlogg.referrals.ReferralStatus;
import no.feltlogg.referrals.Referrals;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Erasure of a registration made by mistake (issue 19, ADR 0039): by the leader of the
 * youth's team within 30 Oslo days, everything about the youth goes, signed journal
 * entries included, and what is left has no personal data.
 */
@IntegrationTest
class YouthErasureTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	@Autowired
	Journal journal;

	@Autowired
	Groups groups;

	@Autowired
	Attendances attendances;

	@Autowired
	Participants participants;

	@Autowired
	Sessions sessions;

	@Autowired
	Referrals referrals;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	LocalDate today;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		today = LocalDate.now(Oslo.ZONE);
	}

	@Test
	void aMistakenRegistrationIsErasedWithEverythingItHadAndLeavesOneRecordWithoutPersonalData() {
		var name = "Tobias Feilregistrert " + letters();
		var born = LocalDate.of(1981, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
		var youth = registerWithEverything(name, born);
		assertThat(textColumnsHolding(name)).as("the set-up wrote the name in many places").hasSizeGreaterThan(4);
		var encounter = jdbc.queryForObject("select encounter_id from encounter_youth where youth_id = ?", UUID.class,
				youth);
		var before = jdbc.queryForMap("select total, registered_count from encounter where id = ?", encounter);
		var tallyBefore = tally(encounter);

		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Slett registreringen");
		assertThat(mvc.get().uri("/youth/{id}/erase", youth).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains(name)
			.contains("Registrert på feil person");
		assertThat(mvc.post()
			.uri("/youth/{id}/erase", youth)
			.param("reason", "WRONG_PERSON")
			.with(user(leader))
			.with(csrf())).as("not confirmed").hasStatusOk().bodyText().contains("id=\"confirmed-error\"");
		assertThat(jdbc.queryForObject("select count(*) from youth where id = ?", Integer.class, youth)).isOne();

		assertThat(mvc.post()
			.uri("/youth/{id}/erase", youth)
			.param("reason", "WRONG_PERSON")
			.param("confirmed", "true")
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/youth");

		assertThat(textColumnsHolding(name)).as("no text anywhere still carries the name").isEmpty();
		assertThat(textColumnsHolding(name.substring("Tobias ".length()).toLowerCase(java.util.Locale.ROOT)))
			.as("nor the folded surname")
			.isEmpty();
		assertThat(dateColumnsHolding(born)).as("no date anywhere is the birth date").isEmpty();
		assertThat(uuidColumnsHolding(youth)).as("the youth's id is left only in the access and security logs")
			.allMatch(column -> column.startsWith("access_log.") || column.startsWith("access_log_youth.")
					|| column.startsWith("security_log."));

		// the encounter stays, with the youth as one anonymous youth of the same gender
		// and age band
		var after = jdbc.queryForMap("select total, registered_count from encounter where id = ?", encounter);
		assertThat(after.get("total")).isEqualTo(before.get("total"));
		assertThat(after.get("registered_count")).isEqualTo((Integer) before.get("registered_count") - 1);
		assertThat(tally(encounter)).isEqualTo(tallyBefore + 1);

		// the erasure record: what, when, who, why, and nothing that leads back to the
		// youth
		assertThat(jdbc.queryForList("select column_name from information_schema.columns "
				+ "where table_schema = current_schema() and table_name = 'youth_erasure'", String.class))
			.containsExactlyInAnyOrder("id", "team_id", "erased_at", "erased_by", "reason_category", "days_registered");
		var erasure = jdbc.queryForMap("select * from youth_erasure where team_id = ?", municipality.teamA);
		assertThat(erasure.get("erased_by")).isEqualTo(leader.accountId());
		assertThat(erasure.get("reason_category")).isEqualTo("WRONG_PERSON");
		assertThat(erasure.get("days_registered")).isEqualTo(0);
		assertThat(erasure.values()).doesNotContain(youth);
		assertThatThrownBy(() -> jdbc.update("delete from youth_erasure where id = ?", erasure.get("id")))
			.as("the record of erasures is append-only")
			.isInstanceOf(DataAccessException.class);

		assertThat(
				jdbc.queryForObject(
						"select count(*) from access_log where youth_id = ? and subject = 'youth.erased' "
								+ "and account_id = ? and detail = 'WRONG_PERSON'",
						Integer.class, youth, leader.accountId()))
			.isOne();
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(leader))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/fieldwork/encounters/{id}", encounter).with(user(worker))).hasStatusOk();
	}

	@Test
	void refusedToWorkersToOtherTeamsAndAfterThirtyDays() {
		var youth = YouthFixtures.register(records, worker, "Tilde Tretti " + letters(), Birth.year(2010));
		assertThat(mvc.get().uri("/youth/{id}/erase", youth).with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(erasePost(youth, worker)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).bodyText()
			.doesNotContain("Slett registreringen");
		var otherLeader = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		assertThat(mvc.get().uri("/youth/{id}/erase", youth).with(user(otherLeader))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(erasePost(youth, otherLeader)).hasStatus(HttpStatus.NOT_FOUND);

		registeredDaysAgo(youth, 30);
		assertThat(mvc.get().uri("/youth/{id}/erase", youth).with(user(leader))).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"too-late\"")
			.contains("Slett for godt");

		registeredDaysAgo(youth, 31);
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(leader))).bodyText()
			.doesNotContain("Slett registreringen");
		assertThat(mvc.get().uri("/youth/{id}/erase", youth).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("id=\"too-late\"")
			.doesNotContain("Slett for godt");
		assertThat(erasePost(youth, leader)).hasStatusOk().bodyText().contains("id=\"too-late\"");
		assertThat(jdbc.queryForObject("select count(*) from youth where id = ?", Integer.class, youth)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from youth_erasure where team_id in (?, ?)", Integer.class,
				municipality.teamA, municipality.teamB))
			.isZero();
	}

	@Test
	void theDatabaseItselfRefusesAnErasureByAWorkerOrAfterTheDaysAndKeepsSignedEntriesFinalOtherwise() {
		var youth = YouthFixtures.register(records, worker, "Dagny Databasen " + letters(), Birth.year(2010));
		var signed = AsUser.call(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.NOTE, today, null, List.of(), "Et signert notat."), true));
		assertThatThrownBy(() -> jdbc.update("delete from journal_entry where id = ?", signed))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> jdbc.execute("alter table journal_entry disable trigger journal_entry_signed_no_change"))
			.as("the application's role cannot switch the trigger off")
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.queryForObject("select erase_youth(?, ?, ?, 'OTHER', 0)", UUID.class, youth,
				municipality.teamA, worker.accountId()))
			.as("a worker")
			.isInstanceOf(DataAccessException.class);
		var otherLeader = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		assertThatThrownBy(() -> jdbc.queryForObject("select erase_youth(?, ?, ?, 'OTHER', 0)", UUID.class, youth,
				municipality.teamB, otherLeader.accountId()))
			.as("another team")
			.isInstanceOf(DataAccessException.class);
		registeredDaysAgo(youth, 40);
		assertThatThrownBy(() -> jdbc.queryForObject("select erase_youth(?, ?, ?, 'OTHER', 30)", UUID.class, youth,
				municipality.teamA, leader.accountId()))
			.as("too old")
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select count(*) from journal_entry where id = ?", Integer.class, signed))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from youth where id = ?", Integer.class, youth)).isOne();
	}

	// ---------------------------------------------------------------- helpers

	private UUID registerWithEverything(String name, LocalDate born) {
		var details = new YouthDetails(name, Birth.of(born), Gender.GIRL, "+47 400 00 000", null, "Elvedal",
				Set.of(worker.accountId()), false);
		var youth = AsUser.call(worker, () -> records.register(worker, details,
				NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, today)));
		var nav = catalog.activeServices(municipality.teamA)
			.stream()
			.filter(s -> s.kind() == ServiceKind.NAV)
			.findFirst()
			.orElseThrow();
		var sharing = AsUser.call(worker, () -> records.giveConsent(worker, youth, new NewConsent(ConsentScope.SHARING,
				nav.id(), nav.name(), ConsentGiver.YOUTH, HowGiven.ORAL, today, null, "Gitt av " + name + " selv")));
		AsUser.run(worker,
				() -> records.changePriority(worker, youth, PriorityLevel.YELLOW, today, "Bekymring for " + name));
		AsUser.run(worker,
				() -> records.noteConcern(worker, youth, ConcernCriterion.FIGHTS, today, "Sloss, sier " + name));
		var signed = AsUser.call(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.FOLLOW_UP, today, 30, List.of("family"), "Samtale med " + name + "."),
				true));
		AsUser.call(worker, () -> journal.correct(worker, signed,
				new EntryContent(EntryType.FOLLOW_UP, today, 30, List.of("family"), "Rettet: samtale med " + name),
				true));
		AsUser.call(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.NOTE, today, null, List.of(), "Utkast om " + name), false));
		var group = AsUser.call(worker,
				() -> groups.create(worker,
						new GroupDetails("Jentegruppa " + letters(), "girls", null, null, null, today, null, 10,
								EnumSet.of(Recruitment.SCHOOL), false, GroupStatus.RUNNING,
								Set.of(worker.accountId()))));
		AsUser.run(worker, () -> participants.addParticipants(worker, group, List.of(youth), today));
		var session = AsUser.call(worker, () -> sessions.planSession(worker, group,
				new SessionDetails(today, LocalTime.of(14, 0), LocalTime.of(15, 30), "friends", "Samtale", null)));
		var version = jdbc.queryForObject("select version from group_session where id = ?", Long.class, session);
		AsUser.run(worker, () -> attendances.takeAttendance(worker, group, session, version,
				Map.of(youth, AttendanceStatus.PRESENT), List.of()));
		var referral = AsUser.call(worker,
				() -> referrals.refer(worker,
						new NewReferral(youth, nav.id(), ReferralKind.FORMAL_REFERRAL, today,
								"Ønsker hjelp, sier " + name, List.of("mental_health"), "Navn: " + name,
								LegalBasis.CONSENT, sharing, null, null)));
		AsUser.run(worker,
				() -> referrals.changeStatus(worker, referral, ReferralStatus.SENT, today, "Sendt for " + name));
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", today.minusDays(1).toString())
			.param("time", "12:00")
			.param("arena", "street")
			.param("counts[BOY:16-18]", "2")
			.param("youthIds", youth.toString())
			.with(user(worker))
			.with(csrf())).hasStatus3xxRedirection();
		// a restriction of processing, and reads that leave rows in the access log
		assertThat(mvc.post()
			.uri("/youth/{id}/restriction", youth)
			.param("reason", "Ungdommen protesterer på bruken")
			.with(user(leader))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(leader))).hasStatusOk();
		return youth;
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult erasePost(UUID youth, CurrentUser by) {
		return mvc.post()
			.uri("/youth/{id}/erase", youth)
			.param("reason", "NO_CONSENT")
			.param("confirmed", "true")
			.with(user(by))
			.with(csrf())
			.exchange();
	}

	private void registeredDaysAgo(UUID youth, int days) {
		var at = today.minusDays(days).atTime(LocalTime.NOON).atZone(Oslo.ZONE).toInstant();
		jdbc.update("update youth set registered_at = ? where id = ?", Timestamp.from(at), youth);
	}

	private int tally(UUID encounter) {
		return jdbc.queryForObject("select coalesce(sum(count), 0) from encounter_count where encounter_id = ?",
				Integer.class, encounter);
	}

	/**
	 * Every text column of every table of the schema in which some row holds the text, as
	 * table.column.
	 */
	private List<String> textColumnsHolding(String text) {
		return columnsWhere("data_type in ('text', 'character varying', 'character', 'ARRAY', 'jsonb', 'json')",
				column -> "select count(*) from %s where %s::text ilike ?".formatted(column[0], column[1]),
				"%" + text.replace("%", "\\%").replace("_", "\\_") + "%");
	}

	private List<String> dateColumnsHolding(LocalDate date) {
		return columnsWhere("data_type = 'date'",
				column -> "select count(*) from %s where %s = ?".formatted(column[0], column[1]), date);
	}

	private List<String> uuidColumnsHolding(UUID id) {
		return columnsWhere("data_type = 'uuid'",
				column -> "select count(*) from %s where %s = ?".formatted(column[0], column[1]), id);
	}

	private List<String> columnsWhere(String condition, java.util.function.Function<String[], String> query,
			Object value) {
		var columns = jdbc.query("""
				select c.table_name, c.column_name from information_schema.columns c
				  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				 where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'""" + " and " + condition,
				(rs, n) -> new String[] { "\"" + rs.getString(1) + "\"", "\"" + rs.getString(2) + "\"" });
		assertThat(columns).isNotEmpty();
		var holding = new ArrayList<String>();
		for (var column : columns) {
			Integer n = jdbc.queryForObject(query.apply(column), Integer.class, value);
			if (n != null && n > 0) {
				holding.add(column[0].replace("\"", "") + "." + column[1].replace("\"", ""));
			}
		}
		return holding;
	}

	private static String letters() {
		var random = ThreadLocalRandom.current();
		var text = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
