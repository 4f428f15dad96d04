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
 * The demo's referrals tell the module's story: consent and duty, a worker going along, a
 * decline, a follow-up past its date and a notification waiting for the leader; guidance
 * is spread over the year.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoReferralsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoTeamsHaveBelievableReferralsAndGuidance() {
		var sentrum = team(DemoData.TEAM_A);
		var nordbyen = team(DemoData.TEAM_B);
		assertThat(count("select count(*) from referral where team_id = ? and legal_basis = 'CONSENT'", sentrum))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from referral where team_id = ? and service_kind = 'YOUTH_HEALTH_CLINIC' "
				+ "and legal_basis = 'CONSENT'", nordbyen))
			.isOne();
		assertThat(count("select count(*) from referral where team_id = ? and service_kind = 'CHILD_WELFARE' "
				+ "and legal_basis = 'DUTY_TO_INFORM_CHILD_WELFARE' and leader_seen_at is null", sentrum))
			.isOne();
		assertThat(count("select count(*) from referral where team_id = ? and service_kind = 'NAV' "
				+ "and form = 'ACCOMPANIED' and status = 'COMPLETED'", sentrum))
			.isOne();
		assertThat(count("select count(*) from referral where team_id = ? and status = 'DECLINED'", nordbyen)).isOne();
		assertThat(
				count("select count(*) from referral where team_id = ? and status in ('PLANNED', 'SENT', 'RECEIVED') "
						+ "and follow_up_on < current_date and status_changed_on < follow_up_on", sentrum))
			.isOne();
		assertThat(count(
				"select count(distinct date_trunc('month', guided_on)) from anonymous_guidance " + "where team_id = ?",
				sentrum))
			.isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from parent_guidance where team_id = ?", sentrum)).isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from referral_status_change c join referral r on r.id = c.referral_id "
				+ "where r.team_id = ?", nordbyen))
			.isGreaterThanOrEqualTo(4);

		var session = DemoSignIn.withSecondFactor(mvc, jdbc, "leader.a");
		assertThat(mvc.get().uri("/").cookie(session)).bodyText()
			.contains("id=\"duty-notifications\"")
			.contains("Nora Haugland til Barnevernstjenesten");
	}

	private UUID team(String name) {
		return jdbc.queryForObject("select id from team where name = ?", UUID.class, name);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

}
