package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.Oslo;
import no.feltlogg.support.IntegrationTest;

/**
 * The demo profile gives a newcomer a living system: every account signs in, and there is
 * a year and more of work.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoDataTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDemoAccountSignsInWithTheDocumentedPasswordAndLeadersWithThePublishedSecondFactor() {
		for (var username : new String[] { "worker.a", "worker.b", "slt" }) {
			assertThat(mvc.perform(formLogin().user(username).password(DemoData.PASSWORD))).as(username)
				.hasRedirectedUrl("/");
		}
		for (var username : new String[] { "leader.a", "leader.b", "admin" }) {
			assertThat(mvc.get().uri("/").cookie(DemoSignIn.withSecondFactor(mvc, jdbc, username))).as(username)
				.hasStatusOk();
		}
	}

	@Test
	void thereIsMoreThanAYearOfBelievableFieldWork() {
		var team = jdbc.queryForObject("select id from team where name = ?", java.util.UUID.class, DemoData.TEAM_A);
		var first = jdbc.queryForObject("select min(local_date) from counted_encounter where team_id = ?",
				LocalDate.class, team);
		assertThat(first).isBefore(LocalDate.now(Oslo.ZONE).minusMonths(12));
		// Friday and Saturday nights are busier than the rest of the week
		var weekend = jdbc
			.queryForObject("select sum(total)::float / count(distinct local_date) from counted_encounter "
					+ "where team_id = ? and extract(isodow from local_date) in (5, 6)", Double.class, team);
		var weekdays = jdbc
			.queryForObject(
					"select sum(total)::float / count(distinct local_date) from counted_encounter "
							+ "where team_id = ? and extract(isodow from local_date) in (1, 2, 3, 4)",
					Double.class, team);
		assertThat(weekend).isGreaterThan(weekdays);
		// summer is busier than December and January, and the beach is a summer place
		var summer = jdbc.queryForObject("select sum(total) from counted_encounter where team_id = ? "
				+ "and extract(month from local_date) in (6, 7, 8)", Long.class, team);
		var winter = jdbc.queryForObject("select sum(total) from counted_encounter where team_id = ? "
				+ "and extract(month from local_date) in (12, 1, 2)", Long.class, team);
		assertThat(summer).isGreaterThan(winter);
		assertThat(jdbc.queryForObject("select count(*) from counted_encounter e join code_item p on p.id = e.place_id "
				+ "where e.team_id = ? and p.label = 'Stranda' and extract(month from e.local_date) in (6, 7, 8)",
				Long.class, team))
			.isPositive();
		// the last two weeks logged by the workers (they can open and change them), the
		// history before imported
		assertThat(jdbc.queryForObject(
				"select count(*) from encounter e join encounter_change c on c.encounter_id = e.id"
						+ " where e.team_id = ? and c.action = 'CREATED' and e.local_date >= current_date - 14",
				Long.class, team))
			.isPositive();
		assertThat(jdbc.queryForObject(
				"select count(*) from imported_encounter where team_id = ?" + " and local_date >= current_date - 13",
				Long.class, team))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from shift where team_id = ?", Long.class, team))
			.isGreaterThan(200);
		assertThat(jdbc.queryForObject("select count(*) from field_observation where team_id = ?", Long.class, team))
			.isGreaterThan(30);
		assertThat(jdbc.queryForObject("select count(*) from youth where team_id = ?", Long.class, team)).isPositive();
	}

}
