package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The area meeting's extract: the leader gets her team's areas with counts by kind and
 * ISO week, the notes, and the encounters beside them, as page, PDF and CSV; the SLT
 * coordinator gets any area of the municipality, counts only, small counts suppressed,
 * never a note.
 */
@IntegrationTest
class AreaExtractTest {

	static final String NOTE = "Stor samling ved skateparken etter kampen";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	CurrentUser leader;

	CurrentUser slt;

	UUID centre;

	UUID harbour;

	UUID otherTeamsArea;

	LocalDate today = LocalDate.now(Oslo.ZONE);

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		leader = municipality.user(municipality.account(Role.LEADER));
		slt = municipality.user(municipality.account(Role.SLT));
		centre = catalog.ensure(municipality.teamA, CodeKind.AREA, "Sentrum " + municipality.hashCode(), null).id();
		harbour = catalog.ensure(municipality.teamA, CodeKind.AREA, "Havna " + municipality.hashCode(), null).id();
		otherTeamsArea = catalog.ensure(municipality.teamB, CodeKind.AREA, "Østbyen " + municipality.hashCode(), null)
			.id();
		observe(centre, today, "{GATHERING,ALCOHOL}", NOTE);
		observe(centre, today, "{ALCOHOL}", null);
		observe(harbour, today, "{VANDALISM}", "Knust glass på brygga");
		observe(centre, today.minusDays(50), "{WEAPONS}", "Utenfor vinduet: for gammel");
		for (int i = 0; i < 6; i++) {
			encounter(centre, today, 3, "{alcohol}");
		}
		observe(otherTeamsArea, today, "{DRUG_SALE}", "Annet teams notat");
	}

	@Test
	void theLeaderGetsCountsByKindAndWeekTheNotesAndTheEncountersOfTheAreasChosen() throws Exception {
		var page = get(leader, "/fieldwork/area-extract?area=" + centre);
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Feltobservasjoner etter type og uke")
			.contains(NOTE)
			.doesNotContain("Knust glass på brygga")
			.doesNotContain("Utenfor vinduet")
			.contains("Møter med ungdom etter uke")
			.contains("Temaer i møtene");
		var html = org.jsoup.Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		var alcohol = html.select("#extract-observations tr:has(th:containsOwn(Alkohol)) td");
		assertThat(alcohol.last().text()).as("this week's column").isEqualTo("2");
		var encounters = html.select("#extract-encounters tbody tr").first().select("td");
		assertThat(encounters.last().text()).isEqualTo("6");

		var pdf = get(leader, "/fieldwork/area-extract.pdf?area=" + centre + "&area=" + harbour);
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Uttrekk til områdemøte")
				.contains("Feltobservasjoner etter type og uke")
				.contains("Møter med ungdom etter uke")
				.contains("Notater fra feltobservasjonene")
				.contains("Knust glass på brygga");
		}
		var csv = get(leader, "/fieldwork/area-extract.csv?area=" + centre);
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("observations")
			.contains(NOTE);
	}

	@Test
	void theLeaderCannotReachAnotherTeamsAreaNorAWindowTypedWrong() {
		assertThat(get(leader, "/fieldwork/area-extract?area=" + otherTeamsArea)).hasStatusOk()
			.bodyText()
			.doesNotContain("Annet teams notat");
		assertThat(get(leader, "/fieldwork/area-extract?area=" + centre + "&from=32.13.2026&to=nope")).hasStatusOk()
			.bodyText()
			.contains("id=\"from-error\"")
			.contains("id=\"to-error\"")
			.doesNotContain(NOTE);
		assertThat(get(municipality.user(municipality.account(Role.WORKER)), "/fieldwork/area-extract"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(leader, "/slt/area-extract")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theSltCoordinatorSeesAnyAreaOfTheMunicipalityCountsOnlySuppressedNeverANote() throws Exception {
		var page = get(slt, "/slt/area-extract?area=" + centre + "&area=" + otherTeamsArea);
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Feltobservasjoner etter type og uke")
			.contains("id=\"suppressed-hint\"")
			.contains("&lt;5")
			.doesNotContain(NOTE)
			.doesNotContain("Annet teams notat")
			.doesNotContain("Notater fra feltobservasjonene");
		var html = org.jsoup.Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.select("#extract-observations td").eachText()).as("no count from 1 to 4 is shown")
			.noneMatch(t -> t.matches("[1-4]"));
		assertThat(html.select("#extract-encounters td").eachText()).noneMatch(t -> t.matches("[1-4]"));
		assertThat(html.select("label").eachText()).anyMatch(l -> l.contains("Østbyen"));

		var pdf = get(slt, "/slt/area-extract.pdf?area=" + centre);
		try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Uttrekk til områdemøte").doesNotContain(NOTE).doesNotContain("Notater");
		}
		var csv = get(slt, "/slt/area-extract.csv?area=" + centre).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain(NOTE).doesNotContain("notes").contains("<5");
		assertThat(get(slt, "/fieldwork/area-extract?area=" + centre)).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult get(CurrentUser who, String uri) {
		return mvc.get().uri(uri).with(user(who)).exchange();
	}

	private void observe(UUID area, LocalDate day, String kinds, String note) {
		var team = jdbc.queryForObject("select team_id from code_item where id = ?", UUID.class, area);
		var at = ZonedDateTime.of(day, LocalTime.NOON, Oslo.ZONE).toOffsetDateTime();
		jdbc.update("""
				insert into field_observation (id, team_id, observed_at, local_date, area_id, kinds, severity, note,
				  created_by, created_at) values (?, ?, ?, ?, ?, ?::text[], 'MEDIUM', ?, ?, now())""",
				UUID.randomUUID(), team, at, day, area, kinds, note, leader.accountId());
	}

	private void encounter(UUID area, LocalDate day, int total, String themes) {
		var team = jdbc.queryForObject("select team_id from code_item where id = ?", UUID.class, area);
		var at = ZonedDateTime.of(day, LocalTime.NOON, Oslo.ZONE).toOffsetDateTime();
		jdbc.update("""
				insert into encounter (id, team_id, occurred_at, local_date, local_hour, arena_code, area_id, themes,
				  total, created_by, created_at) values (?, ?, ?, ?, 12, 'street', ?, ?::text[], ?, ?, now())""",
				UUID.randomUUID(), team, at, day, area, themes, total, leader.accountId());
	}

}
