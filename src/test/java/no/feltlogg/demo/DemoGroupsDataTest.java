package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import no.feltlogg.shared.Oslo;
import no.feltlogg.support.IntegrationTest;

/**
 * The demo's groups: sessions outside the holidays, people who leave, anonymous youths at
 * the gaming night.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoGroupsDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoTeamsRunGroupsAcrossTheSchoolYear() {
		var today = LocalDate.now(Oslo.ZONE);
		var sessions = jdbc.queryForList("""
				select s.session_date from group_session s join activity_group g on g.id = s.group_id
				 join team t on t.id = g.team_id where t.name in (?, ?)""", LocalDate.class, DemoData.TEAM_A,
				DemoData.TEAM_B);
		assertThat(sessions).isNotEmpty().noneMatch(DemoGroups::isSchoolHoliday);
		assertThat(sessions).anyMatch(d -> d.isAfter(today)).anyMatch(d -> !d.isAfter(today));

		assertThat(count("""
				select count(*) from group_participant p join activity_group g on g.id = p.group_id
				 where g.name = 'Jentegruppa 9. trinn'""")).isGreaterThanOrEqualTo(8);
		assertThat(count("""
				select count(*) from group_participant p join activity_group g on g.id = p.group_id
				 join group_attendance a on a.youth_id = p.youth_id
				 join group_session s on s.id = a.session_id and s.group_id = g.id
				 where g.name = 'Jentegruppa 9. trinn' and p.left_on is not null and s.session_date >= p.left_on"""))
			.as("who left has no attendance after leaving")
			.isZero();
		assertThat(count("""
				select count(*) from group_participant p join activity_group g on g.id = p.group_id
				 where g.name = 'Jentegruppa 9. trinn' and p.left_on is not null""")).isOne();
		assertThat(count("""
				select count(*) from group_attendance a join group_session s on s.id = a.session_id
				 join activity_group g on g.id = s.group_id join youth y on y.id = a.youth_id
				 where g.name = 'Brotherhood Elvedal' and y.status = 'CLOSED' and a.status = 'PRESENT'"""))
			.as("a boy who withdrew his consent stays in the attendance")
			.isPositive();
		assertThat(count("""
				select coalesce(sum(n.count), 0) from group_session_anonymous n
				 join group_session s on s.id = n.session_id join activity_group g on g.id = s.group_id
				 where g.name = 'Gamingkveld på biblioteket'""")).isGreaterThan(20);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
