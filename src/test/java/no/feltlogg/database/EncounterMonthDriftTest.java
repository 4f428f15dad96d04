package no.feltlogg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The drift check and the rebuild of the monthly roll-up
 * (R__fieldwork_encounter_month.sql, docs/operations.md): a roll-up row corrupted,
 * deleted or made up directly in SQL is found by {@code encounter_month_drift}, set right
 * by {@code encounter_month_rebuild}, and the check is empty again; the other team's rows
 * are not touched.
 */
@IntegrationTest
class EncounterMonthDriftTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		log("2025-06-10", "street", "BOY:12-15", "3");
		log("2025-06-12", "street", "GIRL:16-18", "2");
		log("2025-07-01", "online", "GIRL:12-15", "4");
	}

	@Test
	void aCorruptedRowIsFoundAndTheRebuildSetsItRight() {
		assertThat(drift()).isEmpty();
		var arena = rollUp("ARENA", "street", "2025-06-01");
		assertThat(arena).isEqualTo(5);

		jdbc.update("update encounter_month set encounters = 99 where team_id = ? and dimension = 'ARENA' "
				+ "and key = 'street' and month = date '2025-06-01'", municipality.teamA);
		jdbc.update("delete from encounter_month where team_id = ? and dimension = 'TALLY' and key = 'GIRL|12-15'",
				municipality.teamA);
		jdbc.update("insert into encounter_month (team_id, dimension, month, key, encounters) "
				+ "values (?, 'ARENA', date '2025-08-01', 'school', 7)", municipality.teamA);

		var drift = drift();
		assertThat(drift).hasSize(3);
		assertThat(drift).anySatisfy(row -> assertThat(row).containsEntry("dimension", "ARENA")
			.containsEntry("key", "street")
			.containsEntry("stored_encounters", 99L)
			.containsEntry("expected_encounters", 5L));
		assertThat(drift).anySatisfy(row -> assertThat(row).containsEntry("dimension", "TALLY")
			.containsEntry("key", "GIRL|12-15")
			.containsEntry("stored_encounters", 0L)
			.containsEntry("expected_encounters", 4L));
		assertThat(drift).anySatisfy(row -> assertThat(row).containsEntry("key", "school")
			.containsEntry("stored_encounters", 7L)
			.containsEntry("expected_encounters", 0L));

		assertThat(jdbc.queryForObject("select encounter_month_rebuild(?)", Integer.class, municipality.teamA))
			.isEqualTo(3);
		assertThat(drift()).isEmpty();
		assertThat(rollUp("ARENA", "street", "2025-06-01")).isEqualTo(5);
		assertThat(rollUp("TALLY", "GIRL|12-15", "2025-07-01")).isEqualTo(4);
		assertThat(rollUp("ARENA", "school", "2025-08-01")).isZero();
		// nothing left to fix
		assertThat(jdbc.queryForObject("select encounter_month_rebuild(?)", Integer.class, municipality.teamA))
			.isZero();
	}

	@Test
	void theCheckOfOneTeamDoesNotReportAnothersAndTheRollUpKeepsCountingAfterARebuild() {
		jdbc.update("update encounter_month set encounters = encounters + 1 where team_id = ? and dimension = 'HOUR'",
				municipality.teamA);
		assertThat(jdbc.queryForList("select * from encounter_month_drift(?)", municipality.teamB)).isEmpty();
		assertThat(drift()).isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("dimension", "HOUR"));

		jdbc.queryForObject("select encounter_month_rebuild(?)", Integer.class, municipality.teamA);
		log("2025-06-20", "street", "BOY:16-18", "1");
		assertThat(drift()).isEmpty();
		assertThat(rollUp("ARENA", "street", "2025-06-01")).isEqualTo(6);
	}

	private List<Map<String, Object>> drift() {
		return jdbc.queryForList("select * from encounter_month_drift(?)", municipality.teamA);
	}

	private void log(String date, String arena, String cell, String count) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "20:00")
			.param("arena", arena)
			.param("counts[" + cell + "]", count)
			.with(user(worker))
			.with(csrf());
		if ("online".equals(arena)) {
			request = request.param("platform", "SNAPCHAT");
		}
		assertThat(request).hasRedirectedUrl("/");
	}

	private long rollUp(String dimension, String key, String month) {
		return jdbc.queryForObject(
				"select coalesce(sum(encounters), 0) from encounter_month where team_id = ? "
						+ "and dimension = ? and key = ? and month = cast(? as date)",
				Long.class, municipality.teamA, dimension, key, month);
	}

}
