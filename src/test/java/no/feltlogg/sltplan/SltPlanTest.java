package no.feltlogg.sltplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The SLT action plan by area (issue 18): SLT areas group the teams' areas, measures name
 * their SLT areas, only the SLT coordinator keeps the plan and only her municipality's,
 * and the trends narrow to one SLT area with its measures beside the curves, small
 * numbers hidden on the narrowed figures.
 */
@IntegrationTest
class SltPlanTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SltPlan plan;

	TestStaff.Municipality municipality;

	CurrentUser slt;

	UUID centreA;

	UUID centreB;

	UUID north;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		slt = municipality.user(municipality.account(Role.SLT));
		centreA = area(municipality.teamA, "sentrum");
		centreB = area(municipality.teamB, "sentrum");
		// an area only team A of this municipality has
		north = UUID.randomUUID();
		jdbc.update(
				"insert into code_item (id, team_id, kind, code, label, sort_order) values (?, ?, 'AREA', ?, ?, 20)",
				north, municipality.teamA, "nord-" + north, "Nord " + north);
	}

	@Test
	void theCoordinatorKeepsAreasAndMeasures() {
		var area = makeArea("Sentrum og Torget", "Sentrum", northName(), "Ingen slik");
		assertThat(AsUser.call(slt, () -> plan.area(slt, area)).orElseThrow().areaNames())
			.containsExactlyInAnyOrder("Sentrum", northName());
		var measure = makeMeasure("Natteravner i sentrum", area);
		var saved = AsUser.call(slt, () -> plan.measure(slt, measure)).orElseThrow();
		assertThat(saved.name()).isEqualTo("Natteravner i sentrum");
		assertThat(saved.targetGroup()).isEqualTo("Ungdom 13–18 år");
		assertThat(saved.responsibleUnit()).isEqualTo("Frivilligsentralen");
		assertThat(saved.startsOn()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
		assertThat(saved.endsOn()).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
		assertThat(saved.status()).isEqualTo(MeasureStatus.ACTIVE);
		assertThat(saved.areaIds()).containsExactly(area);

		var page = page("/slt/plan");
		assertThat(page.select("#measures [data-measure=" + measure + "]").text()).contains("Natteravner i sentrum",
				"Sentrum og Torget", "Frivilligsentralen", "01.01.2025 – 31.12.2025", "Pågår");

		assertThat(mvc.post()
			.uri("/slt/plan/measures/" + measure)
			.with(user(slt))
			.with(csrf())
			.param("name", "Natteravner")
			.param("targetGroup", "Ungdom")
			.param("responsibleUnit", "Frivilligsentralen")
			.param("startsOn", "1.2.2025")
			.param("endsOn", "")
			.param("status", "COMPLETED")).hasRedirectedUrl("/slt/plan");
		saved = AsUser.call(slt, () -> plan.measure(slt, measure)).orElseThrow();
		assertThat(saved.endsOn()).isNull();
		assertThat(saved.status()).isEqualTo(MeasureStatus.COMPLETED);
		assertThat(saved.areaIds()).isEmpty();

		assertThat(mvc.post().uri("/slt/plan/measures/" + measure + "/delete").with(user(slt)).with(csrf()))
			.hasRedirectedUrl("/slt/plan");
		assertThat(AsUser.call(slt, () -> plan.measure(slt, measure))).isEmpty();
		assertThat(mvc.post().uri("/slt/plan/areas/" + area + "/delete").with(user(slt)).with(csrf()))
			.hasRedirectedUrl("/slt/plan");
		assertThat(AsUser.call(slt, () -> plan.areas(slt))).isEmpty();
	}

	@Test
	void whatCannotBeSavedIsAnsweredAtTheField() {
		var result = mvc.post()
			.uri("/slt/plan/measures/new")
			.with(user(slt))
			.with(csrf())
			.param("name", " ")
			.param("targetGroup", "Ungdom")
			.param("responsibleUnit", "Enhet")
			.param("startsOn", "31.02.2025")
			.param("endsOn", "x")
			.exchange();
		assertThat(result).hasStatusOk();
		var page = Jsoup.parse(body(result));
		assertThat(page.select("#name-error").text()).isEqualTo("Dette feltet må fylles ut.");
		assertThat(page.select("#startsOn-error").text()).isEqualTo("Skriv en dato som dd.mm.åååå.");
		assertThat(page.select("#endsOn-error").text()).isEqualTo("Skriv en dato som dd.mm.åååå.");
		assertThat(page.select("#status-error").text()).isEqualTo("Velg en verdi.");
		result = mvc.post()
			.uri("/slt/plan/measures/new")
			.with(user(slt))
			.with(csrf())
			.param("name", "Tiltak")
			.param("targetGroup", "Ungdom")
			.param("responsibleUnit", "Enhet")
			.param("startsOn", "01.03.2025")
			.param("status", "NOT_A_STATUS")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(Jsoup.parse(body(result)).select("#status-error").text()).isNotEmpty();
		assertThat(jdbc.queryForObject("select count(*) from slt_measure where municipality_id = ?", Integer.class,
				municipality.id))
			.isZero();
		result = mvc.post()
			.uri("/slt/plan/measures/new")
			.with(user(slt))
			.with(csrf())
			.param("name", "Tiltak")
			.param("targetGroup", "Ungdom")
			.param("responsibleUnit", "Enhet")
			.param("startsOn", "01.03.2025")
			.param("endsOn", "01.02.2025")
			.param("status", "PLANNED")
			.exchange();
		assertThat(Jsoup.parse(body(result)).select("#endsOn-error").text())
			.isEqualTo("Til-datoen kan ikke være før fra-datoen.");
		makeArea("Nord", "Sentrum");
		result = mvc.post().uri("/slt/plan/areas/new").with(user(slt)).with(csrf()).param("name", "nord").exchange();
		assertThat(Jsoup.parse(body(result)).select("#name-error").text())
			.isEqualTo("Et SLT-område med dette navnet finnes allerede.");
	}

	@Test
	void workersLeadersAndAdministratorsCannotKeepThePlanAndAnotherMunicipalityDoesNotSeeIt() {
		var area = makeArea("Sentrum", "Sentrum");
		var measure = makeMeasure("Tiltak", area);
		for (var role : List.of(Role.WORKER, Role.LEADER, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/slt/plan").with(user(other))).hasStatus(403);
			assertThat(mvc.post().uri("/slt/plan/measures/new").param("name", "x").with(user(other)).with(csrf()))
				.hasStatus(403);
			assertThat(mvc.post().uri("/slt/plan/measures/" + measure + "/delete").with(user(other)).with(csrf()))
				.hasStatus(403);
			assertThat(mvc.post().uri("/slt/plan/areas/" + area).param("name", "x").with(user(other)).with(csrf()))
				.hasStatus(403);
		}
		var elsewhere = staff.newMunicipality();
		var otherSlt = elsewhere.user(elsewhere.account(Role.SLT));
		assertThat(mvc.get().uri("/slt/plan/measures/" + measure).with(user(otherSlt))).hasStatus(404);
		assertThat(mvc.post().uri("/slt/plan/measures/" + measure + "/delete").with(user(otherSlt)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.get().uri("/slt/plan/areas/" + area).with(user(otherSlt))).hasStatus(404);
		assertThat(AsUser.call(otherSlt, () -> plan.measures(otherSlt, null))).isEmpty();
		// another municipality's team areas and SLT areas are not taken into its plan
		assertThat(mvc.post()
			.uri("/slt/plan/areas/new")
			.with(user(otherSlt))
			.with(csrf())
			.param("name", "Lånt")
			.param("areaNames", northName())).hasRedirectedUrl("/slt/plan");
		assertThat(AsUser.call(otherSlt, () -> plan.areas(otherSlt)).getFirst().areaNames()).isEmpty();
		assertThat(mvc.post()
			.uri("/slt/plan/measures/new")
			.with(user(otherSlt))
			.with(csrf())
			.param("name", "Lånt")
			.param("targetGroup", "Ungdom")
			.param("responsibleUnit", "Enhet")
			.param("startsOn", "01.03.2025")
			.param("status", "PLANNED")
			.param("areaIds", area.toString())).hasRedirectedUrl("/slt/plan");
		assertThat(AsUser.call(otherSlt, () -> plan.measures(otherSlt, null)).getFirst().areaIds()).isEmpty();
		// and the trends of an area of another municipality are the own municipality's
		// whole trends
		assertThat(mvc.get().uri("/slt/trends?area=" + area).with(user(otherSlt))).hasStatusOk()
			.bodyText()
			.doesNotContain("Tiltak i Sentrum");
	}

	@Test
	void theTrendsNarrowToAnSltAreaWithItsMeasuresAndSmallNumbersHidden() {
		var workerA = municipality.user(municipality.account(Role.WORKER));
		var workerB = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		log(workerA, "2025-03-03", centreA, "BOY:12-15", "12");
		log(workerA, "2025-04-03", centreA, "GIRL:12-15", "2");
		log(workerA, "2025-03-04", north, "BOY:12-15", "30");
		log(workerB, "2025-03-12", centreB, "GIRL:12-15", "9");
		var area = makeArea("Sentrum A", "Sentrum");
		makeMeasure("Natteravner i sentrum", area);
		var elsewhere = makeArea("Nord", northName());
		makeMeasure("Fritidsklubb i nord", elsewhere);

		var page = page("/slt/trends?from=2025-03&to=2025-04&area=" + area);
		assertThat(page.select("#area option[selected]").text()).isEqualTo("Sentrum A");
		assertThat(page.select("#slt-area-measures").text()).contains("Tiltak i Sentrum A", "Natteravner i sentrum")
			.doesNotContain("Fritidsklubb");
		// both teams' Sentrum, as the whole municipality's view shows it: 21 in March,
		// April's 2 hidden
		var table = page.select("#table-trendArea");
		assertThat(table.select("thead th").eachText()).contains("Sentrum").doesNotContain(northName());
		assertThat(table.select("td").eachText()).contains("21", "<5").doesNotContain("12", "30", "51", "2");
		for (var cell : page.select("table td.num").eachText()) {
			assertThat(cell).as("no figure from 1 to 4 is shown").isNotIn("1", "2", "3", "4");
		}
		assertThat(page.select("#table-trendArena")).isEmpty();
		// the whole municipality as before, with the measures card gone
		var whole = page("/slt/trends?from=2025-03&to=2025-04");
		assertThat(whole.select("#slt-area-measures")).isEmpty();
		assertThat(whole.select("#table-trendArena")).isNotEmpty();
	}

	private UUID area(UUID team, String code) {
		return jdbc.queryForObject("select id from code_item where team_id = ? and kind = 'AREA' and code = ?",
				UUID.class, team, code);
	}

	private String northName() {
		return "Nord " + north;
	}

	private UUID makeArea(String name, String... areaNames) {
		var request = mvc.post().uri("/slt/plan/areas/new").with(user(slt)).with(csrf()).param("name", name);
		for (var areaName : areaNames) {
			request = request.param("areaNames", areaName);
		}
		assertThat(request).hasRedirectedUrl("/slt/plan");
		return jdbc.queryForObject("select id from slt_area where municipality_id = ? and name = ?", UUID.class,
				municipality.id, name);
	}

	private UUID makeMeasure(String name, UUID area) {
		assertThat(mvc.post()
			.uri("/slt/plan/measures/new")
			.with(user(slt))
			.with(csrf())
			.param("name", name)
			.param("targetGroup", "Ungdom 13–18 år")
			.param("responsibleUnit", "Frivilligsentralen")
			.param("startsOn", "01.01.2025")
			.param("endsOn", "31.12.2025")
			.param("status", "ACTIVE")
			.param("areaIds", area.toString())).hasRedirectedUrl("/slt/plan");
		return jdbc.queryForObject("select id from slt_measure where municipality_id = ? and name = ?", UUID.class,
				municipality.id, name);
	}

	private Document page(String uri) {
		var result = mvc.get().uri(uri).with(user(slt)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(body(result));
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private void log(CurrentUser who, String date, UUID area, String cell, String count) {
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "20:00")
			.param("arena", "street")
			.param("areaId", area.toString())
			.param("counts[" + cell + "]", count)
			.with(user(who))
			.with(csrf())).hasRedirectedUrl("/");
	}

}
