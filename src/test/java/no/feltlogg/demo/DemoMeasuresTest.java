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
 * The demo shows help measures with plans and follow-ups, one evaluation due within the
 * fortnight, and field observations for the area meeting's extract.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoMeasuresTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoHasMeasuresWithFollowUpsAnEvaluationDueSoonAndObservationsToExtract() {
		var sentrum = jdbc.queryForObject("select id from team where name = ?", UUID.class, DemoData.TEAM_A);
		assertThat(count("select count(*) from child_welfare_measure where team_id = ?", sentrum))
			.isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from child_welfare_measure_follow_up where team_id = ?", sentrum))
			.isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from child_welfare_measure where team_id = ? and ended_on is null "
				+ "and evaluation_on <= current_date + 14", sentrum))
			.isGreaterThanOrEqualTo(1);
		assertThat(count(
				"select count(*) from field_observation where team_id = ? " + "and local_date > current_date - 42",
				sentrum))
			.isGreaterThanOrEqualTo(1);

		var session = DemoSignIn.withSecondFactor(mvc, jdbc, "leader.a");
		assertThat(mvc.get().uri("/measures").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Jonas Østby: Miljøarbeider som fast kontaktperson");
		var area = jdbc.queryForObject("""
				select area_id from field_observation where team_id = ? and local_date > current_date - 42
				group by area_id order by count(*) desc limit 1""", UUID.class, sentrum);
		assertThat(mvc.get().uri("/fieldwork/area-extract?area=" + area).cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Feltobservasjoner etter type og uke");
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

}
