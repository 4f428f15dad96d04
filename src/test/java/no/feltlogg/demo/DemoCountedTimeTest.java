package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import no.feltlogg.support.IntegrationTest;

/**
 * Issue #17 in the demo: working time outside the field, and the same place name in two
 * areas.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoCountedTimeTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoHasWorkingTimeOutsideTheFieldAndASkateparkInTwoAreas() {
		var team = jdbc.queryForObject("select id from team where name = ?", UUID.class, DemoData.TEAM_A);
		assertThat(jdbc.queryForObject("select count(distinct work_day) from working_time where team_id = ?",
				Long.class, team))
			.isGreaterThan(200);
		assertThat(jdbc.queryForObject("select count(*) from working_time where team_id = ? and kind = 'ACCOMPANIED'",
				Long.class, team))
			.isPositive();
		assertThat(
				jdbc.queryForObject("select count(distinct area_id) from code_item where team_id = ? and kind = 'PLACE'"
						+ " and label = 'Skateparken'", Long.class, team))
			.isEqualTo(2);
	}

}
