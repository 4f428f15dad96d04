package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.audit.AccessLogEntry;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Every list of names is a logged read (issue 12, ADR 0025): each view of the youth list,
 * the search, the priority overview and the leader's list of reasons writes exactly one
 * access-log row naming exactly the youths it showed, and the youth's access log and her
 * access-request export find it.
 */
@IntegrationTest
class YouthListsAccessLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	AccessLog accessLog;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser colleague;

	CurrentUser leader;

	String suffix;

	UUID mine1;

	UUID mine2;

	UUID colleagues;

	UUID otherTeams;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		colleague = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		var outsider = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		suffix = "Lx" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
		var born = Birth.of(LocalDate.now(Oslo.ZONE).minusYears(15));
		mine1 = YouthFixtures.register(records, worker, "Ada " + suffix, born);
		mine2 = YouthFixtures.register(records, worker, "Bea " + suffix, born);
		colleagues = YouthFixtures.register(records, colleague, "Cia " + suffix, born);
		otherTeams = YouthFixtures.register(records, outsider, "Dia " + suffix, born);
	}

	@Test
	void myYouthsAndTheSearchAreOneRowEachNamingExactlyTheYouthsShown() {
		assertThat(mvc.get().uri("/youth").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Ada " + suffix, "Bea " + suffix)
			.doesNotContain("Cia " + suffix);
		assertThat(rows(worker, "youth.list.mine")).singleElement()
			.satisfies(row -> assertThat(shown(row)).containsExactlyInAnyOrder(mine1, mine2));

		assertThat(mvc.get().uri("/youth").param("q", suffix).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Ada " + suffix, "Bea " + suffix, "Cia " + suffix)
			.doesNotContain("Dia " + suffix);
		assertThat(rows(worker, "youth.list.search")).singleElement()
			.satisfies(row -> assertThat(shown(row)).containsExactlyInAnyOrder(mine1, mine2, colleagues));

		mvc.get().uri("/youth").param("q", "Ada " + suffix).with(user(worker)).exchange();
		assertThat(rows(worker, "youth.list.search")).as("one row per view").hasSize(2);
		assertThat(shown(rows(worker, "youth.list.search").get(1))).containsExactly(mine1);

		assertThat(mvc.get().uri("/youth").param("q", "nobody by this name " + suffix).with(user(worker)))
			.hasStatusOk();
		assertThat(rows(worker, "youth.list.search")).as("a list that shows no one names no one").hasSize(2);
	}

	@Test
	void theYouthsAccessLogAndHerExportFindTheListViewsThatShowedHer() {
		mvc.get().uri("/youth").with(user(worker)).exchange();
		mvc.get().uri("/youth").param("q", suffix).with(user(colleague)).exchange();

		var log = AsUser.call(leader, () -> accessLog.forYouth(mine1));
		assertThat(log).filteredOn(e -> e.subject().startsWith("youth.list."))
			.extracting(AccessLogEntry::username, AccessLogEntry::subject)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(worker.getUsername(), "youth.list.mine"),
					org.assertj.core.groups.Tuple.tuple(colleague.getUsername(), "youth.list.search"));
		assertThat(AsUser.call(leader, () -> accessLog.forYouth(otherTeams)))
			.noneMatch(e -> e.subject().startsWith("youth.list."));

		assertThat(mvc.get().uri("/youth/{id}/log", mine1).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Liste: mine ungdommer", "Liste: søk i ungdommer", colleague.getUsername());
		assertThat(mvc.get().uri("/youth/{id}/export.json", mine1).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("youth.list.mine", "youth.list.search");
	}

	@Test
	void thePriorityOverviewNamesTheYouthsWhoseMovesItShows() {
		var today = LocalDate.now(Oslo.ZONE);
		AsUser.run(worker, () -> records.changePriority(worker, mine1, PriorityLevel.RED, today, "Ny bekymring"));

		assertThat(mvc.get().uri("/youth/priorities").with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Ada " + suffix)
			.doesNotContain("Bea " + suffix);
		assertThat(rows(leader, "youth.list.priorities")).singleElement()
			.satisfies(row -> assertThat(shown(row)).containsExactly(mine1));
	}

	@Test
	void theLeadersListOfReasonsNamesTheRestrictedYouthsItShows() {
		var born = Birth.of(LocalDate.now(Oslo.ZONE).minusYears(16));
		var restricted = YouthFixtures.register(records, worker, "Eva " + suffix, born, true);
		AsUser.run(colleague, () -> records.giveReason(colleague, restricted, "Dekker vakt for kontaktpersonen"));

		assertThat(mvc.get().uri("/youth/reasons").with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Eva " + suffix);
		assertThat(rows(leader, "youth.list.reasons")).singleElement()
			.satisfies(row -> assertThat(shown(row)).containsExactly(restricted));
	}

	@Test
	void theNamesOfAListViewCannotBeChangedOrRemoved() {
		mvc.get().uri("/youth").with(user(worker)).exchange();
		var row = rows(worker, "youth.list.mine").getFirst();

		// refused by the trigger where one role owns the table, by the missing privilege
		// where there are two (ADR 0022)
		var refusal = "append-only|permission denied";
		assertThatThrownBy(
				() -> jdbc.update("update access_log_youth set youth_id = ? where access_log_id = ?", otherTeams, row))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThatThrownBy(() -> jdbc.update("delete from access_log_youth where access_log_id = ?", row))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThatThrownBy(() -> jdbc.execute("truncate access_log_youth")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThat(shown(row)).containsExactlyInAnyOrder(mine1, mine2);
	}

	private List<UUID> rows(CurrentUser by, String subject) {
		return jdbc.queryForList("select id from access_log where account_id = ? and subject = ? and youth_id is null"
				+ " and action = 'READ' and allowed order by at", UUID.class, by.accountId(), subject);
	}

	private Set<UUID> shown(UUID row) {
		return Set.copyOf(
				jdbc.queryForList("select youth_id from access_log_youth where access_log_id = ?", UUID.class, row));
	}

}
