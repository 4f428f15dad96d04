package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.support.IntegrationTest;

/**
 * In the demo, retention has run at start-up with the demo's rules (12 months for
 * registered youths): the status API shows a run that anonymised at least one youth, a
 * hold, and one youth due within 30 days; the leader sees them.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoRetentionTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theStatusShowsAnAnonymisingRunAndAHold() {
		var admin = DemoSignIn.withSecondFactor(mvc, jdbc, "admin");
		var status = assertThat(mvc.get().uri("/api/v1/retention/status").cookie(admin)).bodyJson();
		status.extractingPath("$.lastRun").asString().isNotBlank();
		status.extractingPath("$.anonymised").asNumber().satisfies(n -> assertThat(n.intValue()).isPositive());
		status.extractingPath("$.held").isEqualTo(1);
		status.extractingPath("$.dueWithin30Days").isEqualTo(1);

		var sentrum = jdbc.queryForObject("select id from team where name = ?", UUID.class, DemoData.TEAM_A);
		assertThat(jdbc.queryForObject(
				"select count(*) from youth where team_id = ? and name = 'Anonymisert' " + "and birth_date is null",
				Long.class, sentrum))
			.isGreaterThanOrEqualTo(2);

		var leader = DemoSignIn.withSecondFactor(mvc, jdbc, "leader.a");
		assertThat(mvc.get().uri("/team/retention").cookie(leader)).bodyText()
			.contains("Lea Andersen")
			.contains("Barnevernet har bedt om")
			.contains("Mathias Hansen")
			.doesNotContain("Tobias Lunde");
	}

}
