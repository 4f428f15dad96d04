package no.feltlogg.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * An encounter at the school arena may name one of the team's schools (V72): the school
 * list's last visit and the report's coverage count it; another team's school is refused
 * at the field (ADR 0036).
 */
@IntegrationTest
class SchoolEncounterTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	InformationCounts counts;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	LocalDate yesterday;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		yesterday = LocalDate.now(Oslo.ZONE).minusDays(1);
	}

	@Test
	void anEncounterAtASchoolIsTheSchoolsLastVisitAndCountsInTheCoverage() throws Exception {
		var team = municipality.teamA;
		var school = catalog.addSchool(team, "Lia ungdomsskole", SchoolLevel.LOWER_SECONDARY).id();
		var other = catalog.addSchool(team, "Berg ungdomsskole", SchoolLevel.LOWER_SECONDARY).id();

		var form = Jsoup.parse(mvc.get()
			.uri("/fieldwork/encounters/new")
			.with(user(worker))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("label[for=schoolId]").text()).isEqualTo("Skole");
		assertThat(form.select("select#schoolId option").eachText()).contains("Lia ungdomsskole", "Berg ungdomsskole");

		assertThat(encounter("school", school)).hasRedirectedUrl("/");
		var id = jdbc.queryForObject("select id from encounter where team_id = ? and school_id = ?", UUID.class, team,
				school);
		// a school given with another arena is not kept
		assertThat(encounter("street", other)).hasRedirectedUrl("/");
		assertThat(jdbc.queryForObject("select count(*) from encounter where school_id = ?", Integer.class, other))
			.isZero();

		var page = Jsoup.parse(mvc.get()
			.uri("/information/schools")
			.with(user(worker))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(row(page, "Lia ungdomsskole").select("td").eachText()).containsExactly("Lia ungdomsskole",
				"Ungdomsskole", "Ingen", FormDates.format(yesterday) + " (ungdomstreff)");
		assertThat(row(page, "Berg ungdomsskole").select("td").eachText()).contains("Ikke registrert");
		assertThat(page.select("#school-coverage li").eachText())
			.containsExactly("Kontakt med 1 av 2 ungdomsskoler siste 12 måneder.");

		var coverage = counts.schoolCoverage(team, new ReportingPeriod(yesterday, yesterday.plusDays(1)));
		assertThat(coverage).singleElement().satisfies(c -> {
			assertThat(c.level()).isEqualTo(SchoolLevel.LOWER_SECONDARY);
			assertThat(c.schools()).isEqualTo(2);
			assertThat(c.visited()).isEqualTo(1);
		});
		assertThat(counts.schoolCoverage(team, new ReportingPeriod(yesterday.minusDays(10), yesterday))).singleElement()
			.satisfies(c -> assertThat(c.visited()).as("the day before is not the period").isZero());

		// the encounter's own page shows the school chosen
		var edit = Jsoup.parse(mvc.get()
			.uri("/fieldwork/encounters/{id}", id)
			.with(user(worker))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(edit.select("select#schoolId option[selected]").text()).isEqualTo("Lia ungdomsskole");
	}

	@Test
	void anotherTeamsSchoolIsRefusedAtTheField() throws Exception {
		var theirs = catalog.addSchool(municipality.teamB, "Nordby skole", SchoolLevel.PRIMARY).id();
		catalog.addSchool(municipality.teamA, "Vik skole", SchoolLevel.PRIMARY);
		var before = jdbc.queryForObject("select count(*) from encounter", Integer.class);
		var response = encounter("school", theirs).exchange();
		assertThat(response.getResponse().getStatus()).isEqualTo(200);
		var page = Jsoup.parse(response.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#schoolId-error").text()).isNotBlank();
		assertThat(page.select("select#schoolId").attr("aria-invalid")).isEqualTo("true");
		assertThat(jdbc.queryForObject("select count(*) from encounter", Integer.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from encounter where school_id = ?", Integer.class, theirs))
			.isZero();
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder encounter(String arena,
			UUID school) {
		return mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", yesterday.toString())
			.param("time", "12:00")
			.param("arena", arena)
			.param("schoolId", school.toString())
			.param("counts[GIRL:12-15]", "3")
			.with(user(worker))
			.with(csrf());
	}

	private static Element row(Document page, String school) {
		return page.select("#school-list tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("td").text().equals(school))
			.findFirst()
			.orElseThrow();
	}

}
