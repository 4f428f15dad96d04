package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

@IntegrationTest
class TrendsAndApiTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	no.feltlogg.youth.YouthRecords records;

	TestStaff.Municipality municipality;

	CurrentUser slt;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		slt = municipality.user(municipality.account(Role.SLT));
		leader = municipality.user(municipality.account(Role.LEADER));
		var workerA = municipality.user(municipality.account(Role.WORKER));
		var workerB = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		log(workerA, "2025-03-03", "street", "BOY:12-15", "12");
		log(workerA, "2025-03-10", "online", "GIRL:16-18", "2");
		log(workerB, "2025-03-12", "street", "GIRL:12-15", "9");
		log(workerB, "2025-04-02", "school", "BOY:16-18", "3");
		var youth = no.feltlogg.youth.YouthFixtures.register(records, workerA, "Sigrid Østby-Haraldsen",
				no.feltlogg.youth.Birth.of(java.time.LocalDate.of(2010, 1, 2)));
		no.feltlogg.support.AsUser.run(workerA, () -> records.changePriority(workerA, youth,
				no.feltlogg.youth.PriorityLevel.RED, java.time.LocalDate.of(2025, 3, 1), "Vurdering"));
	}

	@Test
	void theCoordinatorSeesTheMunicipalityWithSmallNumbersHiddenAndNoNames() throws Exception {
		var result = mvc.get().uri("/slt/trends?from=2025-01&to=2025-04").with(user(slt)).exchange();
		assertThat(result).hasStatusOk();
		var html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		var page = Jsoup.parse(html);
		var arena = page.select("#table-trendArena tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th").text().startsWith("mar"))
			.findFirst()
			.orElseThrow();
		// both teams together: 21 in the street in March; 2 online is hidden
		assertThat(page.select("#table-trendArena thead th").eachText()).contains("Gate og sentrum", "Sosiale medier");
		assertThat(arena.select("td").eachText()).contains("21", "<5");
		for (var cell : page.select("table td.num").eachText()) {
			assertThat(cell).as("no figure from 1 to 4 is shown").isNotIn("1", "2", "3", "4");
		}
		assertThat(html).doesNotContain("Test worker")
			.doesNotContain("Test leader")
			.doesNotContain("Østby")
			.doesNotContain("Sigrid");
		assertThat(page.select("#table-trendPriority")).isNotEmpty();
		assertThat(page.select("#changes li")).isNotEmpty();
	}

	@Test
	void theTrendsApiMarksHiddenCells() {
		var result = mvc.get().uri("/api/v1/statistics/trends?from=2025-03&to=2025-04").with(user(slt)).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.from").isEqualTo("2025-03");
		assertThat(result).bodyText().doesNotContain("Sigrid").doesNotContain("Østby");
		assertThat(result).bodyJson()
			.extractingPath("$.tables[?(@.id == 'trendArena')].cells[*][*][?(@.suppressed == true)].value")
			.asArray()
			.isNotEmpty()
			.containsOnlyNulls();
		assertThat(result).bodyJson()
			.extractingPath("$.tables[?(@.id == 'trendArena')].cells[*][*][?(@.suppressed == false)].value")
			.asArray()
			.doesNotContain(1, 2, 3, 4);
	}

	@Test
	void theAnnualApiGivesTheLeadersOwnTeamByCode() {
		var result = mvc.get().uri("/api/v1/statistics/annual?year=2025").with(user(leader)).exchange();
		assertThat(result).hasStatusOk();
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.year").isEqualTo(2025);
		json.extractingPath("$.team.id").isEqualTo(municipality.teamA.toString());
		json.extractingPath("$.encounters.total").isEqualTo(14);
		json.extractingPath("$.encounters.anonymous.boy").isEqualTo(12);
		json.extractingPath("$.encounters.anonymous.girl").isEqualTo(2);
		json.extractingPath("$.encounters.registered.girl").isEqualTo(0);
		json.extractingPath("$.encounters.byArena[?(@.arena == 'street')].count").asArray().containsExactly(12);
		json.extractingPath("$.encounters.byAgeBandAndGender[?(@.ageBand == '16-18' && @.gender == 'girl')].count")
			.asArray()
			.containsExactly(2);
		json.extractingPath("$.encounters.byMonth[2].month").isEqualTo("2025-03");
		json.extractingPath("$.encounters.byMonth[2].count").isEqualTo(14);
		assertThat(mvc.get().uri("/api/v1/statistics/annual?year=123456").with(user(leader)))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void everyStatisticsUrlRefusesTheRolesItIsNotFor() {
		for (var role : List.of(Role.WORKER, Role.LEADER, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/slt/trends").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/api/v1/statistics/trends").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
		}
		for (var role : List.of(Role.WORKER, Role.SLT, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/statistics/annual").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/api/v1/statistics/annual?year=2025").with(user(other)))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/api/v1/statistics/annual?year=2025")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void monthsThatMakeNoSenseShowTheLastTwelveWithAMessage() {
		assertThat(mvc.get().uri("/slt/trends?from=2025-13&to=nonsense").with(user(slt))).hasStatusOk()
			.bodyText()
			.contains("Månedene kunne ikke leses");
		assertThat(mvc.get().uri("/slt/trends?from=2025-06&to=2025-01").with(user(slt))).hasStatusOk()
			.bodyText()
			.contains("Månedene kunne ikke leses");
	}

	private void log(CurrentUser who, String date, String arena, String cell, String count) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "20:00")
			.param("arena", arena)
			.param("counts[" + cell + "]", count)
			.with(user(who))
			.with(csrf());
		if (arena.equals("online")) {
			request = request.param("platform", "TIKTOK");
		}
		assertThat(request).hasRedirectedUrl("/");
	}

}
