package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.Oslo;
import no.feltlogg.support.IntegrationTest;

/**
 * The demo's information work: a year of 8th-grade lessons, parents' meetings and stands
 * for both teams, school contacts, and the report's sections showing them.
 */
@IntegrationTest
@ActiveProfiles("demo")
class DemoInformationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bothTeamsHaveAYearOfInformationWorkAndSchoolContactsShownInTheReport() throws Exception {
		for (var name : new String[] { DemoData.TEAM_A, DemoData.TEAM_B }) {
			var team = team(name);
			assertThat(count(
					"select count(*) from information_event where team_id = ? and kind = 'LESSON' " + "and grade = 8",
					team))
				.as(name)
				.isGreaterThanOrEqualTo(12);
			assertThat(count("select count(*) from information_event where team_id = ? and kind = 'PARENTS_MEETING'",
					team))
				.as(name)
				.isGreaterThanOrEqualTo(2);
			assertThat(count("select count(*) from information_event where team_id = ? and kind = 'STAND' "
					+ "and not led_by_team", team))
				.as(name)
				.isEqualTo(2);
			assertThat(count("select count(*) from school_contact where team_id = ?", team)).as(name)
				.isGreaterThanOrEqualTo(2);
			assertThat(count("select count(*) from encounter where team_id = ? and arena_code = 'school' "
					+ "and school_id is not null", team))
				.as(name + ": encounters at a school name it")
				.isPositive();
			assertThat(count("select count(*) from information_event where team_id = ? and local_date > ?", team,
					LocalDate.now(Oslo.ZONE)))
				.as("nothing in the future")
				.isZero();
		}

		var session = DemoSignIn.withSecondFactor(mvc, jdbc, "leader.a");
		var year = LocalDate.now(Oslo.ZONE).getYear();
		var page = Jsoup.parse(mvc.get()
			.uri("/statistics/annual?kind=year&year=" + year)
			.cookie(session)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#table-informationWork")).isNotEmpty();
		assertThat(page.select("#table-informationByAudience")).isNotEmpty();
		assertThat(page.select("#table-schoolCoverage tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).startsWith("Ungdomsskole 3"));
		assertThat(mvc.get().uri("/information/schools").cookie(session)).bodyText()
			.contains("Elvedal ungdomsskole", "(informasjonsarbeid)");
	}

	private UUID team(String name) {
		return jdbc.queryForObject("select id from team where name = ?", UUID.class, name);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

}
