package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The SLT trends as PDF, XLSX and CSV (ADR 0043): the same figures as the page with the
 * same small numbers hidden, totals only where the parts add up, the definitions and the
 * base of each month, the team filter, and each export in the security log. The data is
 * built to have small counts: 2 online and 3 at school.
 */
@IntegrationTest
class TrendsExportsTest {

	/** A figure from one to four standing on its own. */
	private static final Pattern SMALL = Pattern.compile("(?<![\\d.,:/-])[1-4](?![\\d.,:%])");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	no.feltlogg.youth.YouthRecords records;

	TestStaff.Municipality municipality;

	CurrentUser slt;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		slt = municipality.user(municipality.account(Role.SLT));
		var leaderA = municipality.user(municipality.account(Role.LEADER));
		var workerA = municipality.user(municipality.account(Role.WORKER));
		var workerB = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		log(workerA, "2025-03-03", "street", "BOY:12-15", "12");
		log(workerA, "2025-03-10", "online", "GIRL:16-18", "2");
		log(workerB, "2025-03-12", "street", "GIRL:12-15", "9");
		log(workerB, "2025-04-02", "school", "BOY:16-18", "3");
		// February is history imported from the team's earlier system
		assertThat(mvc.post()
			.uri("/api/v1/import/encounters?dryRun=false")
			.contentType("text/csv")
			.content(("date,time,arena,area,place,gender,age,count,themes,source_id\n"
					+ "2025-02-14,21:30,street,Sentrum,Torget,boy,12-15,7,,OLD-1\n")
				.getBytes(StandardCharsets.UTF_8))
			.with(user(leaderA))
			.with(csrf())).hasStatusOk();
		var youth = no.feltlogg.youth.YouthFixtures.register(records, workerA, "Sigrid Østby-Haraldsen",
				no.feltlogg.youth.Birth.of(java.time.LocalDate.of(2010, 1, 2)));
		no.feltlogg.support.AsUser.run(workerA, () -> records.changePriority(workerA, youth,
				no.feltlogg.youth.PriorityLevel.RED, java.time.LocalDate.of(2025, 3, 1), "Vurdering"));
	}

	@Test
	void theSpreadsheetShowsNoCountFromOneToFourAndSumsOnlyWhatAddsUp() throws Exception {
		var xlsx = export("xlsx", "from=2025-01&to=2025-04");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets.stream().map(s -> s.getName())).startsWith("Innhold")
				.contains("Arena", "Område", "Tema", "Prioritetsnivå", "Henvisninger", "Mot året før")
				.allMatch(name -> name.length() <= 31);
			var hidden = 0;
			for (var sheet : sheets.subList(1, sheets.size())) {
				for (var row : sheet.read()) {
					for (int c = 0; c < row.getCellCount(); c++) {
						var text = row.getCellText(c);
						assertThat(text).as("%s row %d", sheet.getName(), row.getRowNum()).isNotIn("1", "2", "3", "4");
						hidden += text.equals("<5") ? 1 : 0;
					}
				}
			}
			assertThat(hidden).as("the small counts are there, hidden").isPositive();
			var arena = sheets.stream().filter(s -> s.getName().equals("Arena")).findFirst().orElseThrow().read();
			var header = arena.stream().filter(r -> r.getCellText(0).equals("Måned")).findFirst().orElseThrow();
			assertThat(texts(header)).contains("Gate og sentrum", "Sum");
			var march = arena.stream().filter(r -> r.getCellText(0).startsWith("mar")).findFirst().orElseThrow();
			assertThat(texts(march)).contains("21", "<5");
			for (var name : List.of("Henvisninger", "Mot året før", "Tema")) {
				var sheet = sheets.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow().read();
				assertThat(sheet.stream().flatMap(r -> texts(r).stream())).as(name).doesNotContain("Sum");
			}
			// the contents sheet: a figure from one to four there is only ever a number
			// of teams in the base table
			var contents = sheets.get(0).read();
			assertThat(contents.get(0).getCellText(0)).isEqualTo("Trender i kommunen 01.2025–04.2025");
			assertThat(contents.stream().flatMap(r -> texts(r).stream()))
				.contains("Arena", "Slik leser du tallene", "Grunnlaget per måned", "Team som registrerte treff")
				.anyMatch(t -> t.startsWith("Et ungdomstreff er én ungdom møtt én gang"));
			for (var row : contents) {
				for (int c = 0; c < row.getCellCount(); c++) {
					if (List.of("1", "2", "3", "4").contains(row.getCellText(c))) {
						assertThat(c).isEqualTo(1);
						assertThat(row.getCellText(2)).isIn("Ja", "Nei");
					}
				}
			}
			var february = contents.stream().filter(r -> r.getCellText(0).startsWith("feb")).findFirst().orElseThrow();
			assertThat(february.getCellText(2)).isEqualTo("Ja");
		}
	}

	@Test
	void thePdfIsTaggedAndShowsNoCountFromOneToFour() throws Exception {
		var bytes = export("pdf", "from=2025-01&to=2025-04");
		try (var pdf = Loader.loadPDF(bytes)) {
			var catalog = pdf.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).as("tagged").isNotNull();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).startsWith("nb");
			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Trender i kommunen");
			var text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Ungdomstreff per måned etter arena", "Gate og sentrum", "21", "<5",
					"Et ungdomstreff er én ungdom møtt én gang", "Grunnlaget per måned", "feb 2025");
			// what is left once the numbers of teams (the base table, the caveat) and the
			// page numbers are taken out
			var figures = text.replaceAll("(?m)^\\S+ \\d{4} \\d+ (Ja|Nei)$", "")
				.replaceAll("\\d+ team registrerte treff i [^,]+, mot \\d+ i [^.]+\\.", "")
				.replaceAll("(?m)^\\d+ / \\d+$", "");
			var small = new ArrayList<String>();
			var matcher = SMALL.matcher(figures);
			while (matcher.find()) {
				small.add(figures.substring(Math.max(0, matcher.start() - 30),
						Math.min(figures.length(), matcher.end() + 10)));
			}
			assertThat(small).as("no figure from 1 to 4").isEmpty();
			var tables = text.substring(text.indexOf("Tabeller"));
			assertThat(tables).doesNotContain("Henvisninger Unike ungdommer Sum");
		}
	}

	@Test
	void theCsvHasNorwegianHeadersAndTheHiddenFiguresAsThePageShowsThem() {
		var csv = new String(export("csv", "from=2025-01&to=2025-04"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\ufeffTabell,Rad,Kolonne,Tall");
		for (var line : csv.lines().skip(1).toList()) {
			assertThat(line.substring(line.lastIndexOf(',') + 1)).as(line).isNotIn("1", "2", "3", "4");
		}
		assertThat(csv).contains("<5");
	}

	@Test
	void thePageSumsOnlyWhatAddsUpAndSaysWhatTheFiguresAre() throws Exception {
		var page = page("/slt/trends?from=2025-01&to=2025-04");
		assertThat(page.select("#table-trendArena thead th").eachText()).contains("Sum");
		assertThat(page.select("#table-trendPriority thead th").eachText()).contains("Sum");
		for (var id : List.of("trendReferrals", "trendYearOnYear", "trendTheme", "trendObservations",
				"trendInformation")) {
			assertThat(page.select("#table-" + id + " thead th").eachText()).as(id).doesNotContain("Sum");
		}
		var definitions = page.selectFirst("#definitions").text();
		assertThat(definitions).contains("Ungdomstreff", "Møter teamet en gruppe på seks, er det seks ungdomstreff",
				"<5", "×", "feb 2025");
		var base = page.select("#table-trendBase tbody tr");
		assertThat(base).hasSize(4);
		assertThat(base.get(1).select("td").eachText()).containsExactly("1", "Ja");
		assertThat(base.get(2).select("td").eachText()).containsExactly("2", "Nei");
		assertThat(base.get(3).select("td").eachText()).containsExactly("1", "Nei");
		assertThat(page.select("table[data-max-series='8']")).isNotEmpty();
		assertThat(page.select("#trends-exports a").eachAttr("href")).contains(
				"/slt/trends/export.pdf?from=2025-01&to=2025-04", "/slt/trends/export.xlsx?from=2025-01&to=2025-04");
	}

	@Test
	void theWhatChangedSentenceSaysWhenTheBaseChanged() throws Exception {
		// March has no imported history, February has
		var march = page("/slt/trends?from=2025-01&to=2025-03").select("#changes li").eachText();
		assertThat(march).anyMatch(s -> s.startsWith("Merk at grunnlaget ikke er det samme i feb 2025")
				&& s.contains("Tallene for feb 2025 inneholder importert historikk"));
		// two teams counted in March, one in April
		var april = page("/slt/trends?from=2025-01&to=2025-04").select("#changes li").eachText();
		assertThat(april).anyMatch(s -> s.contains("1 team registrerte treff i apr 2025, mot 2 i mar 2025."));
	}

	@Test
	void theCoordinatorNarrowsToATeamWithoutSeeingWhatTheWholeViewHides() throws Exception {
		var page = page("/slt/trends?from=2025-01&to=2025-04&team=" + municipality.teamA);
		assertThat(page.select("#team option[selected]").eachAttr("value"))
			.containsExactly(municipality.teamA.toString());
		assertThat(page.selectFirst("#trends-team").text()).contains("Tallene gjelder");
		var march = page.select("#table-trendArena tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th").text().startsWith("mar"))
			.findFirst()
			.orElseThrow();
		// team A's 12 in the street is shown: both teams' parts of March's 21 are five or
		// more
		assertThat(march.select("td").eachText()).contains("12");
		for (var cell : page.select("table td.num").eachText()) {
			assertThat(cell).as("no figure from 1 to 4 is shown").isNotIn("1", "2", "3", "4");
		}
		assertThat(page.select("#table-trendReferrals")).isEmpty();
		assertThat(export("xlsx", "from=2025-01&to=2025-04&team=" + municipality.teamA)).isNotEmpty();
		// an unknown team is the whole municipality
		assertThat(page("/slt/trends?from=2025-01&to=2025-04&team=nonsense").select("#changes li")).isNotEmpty();
	}

	@Test
	void everyExportIsLoggedAndRefusedToOtherRoles() {
		export("pdf", "from=2025-01&to=2025-04");
		export("xlsx", "from=2025-01&to=2025-04");
		assertThat(jdbc.queryForObject("select count(*) from security_log where event = 'EXPORT' and actor_id = ? "
				+ "and detail like 'SLT trends 2025-01–2025-04 %'", Integer.class, slt.accountId()))
			.isEqualTo(2);
		for (var role : List.of(Role.WORKER, Role.LEADER, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/slt/trends/export.xlsx").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/slt/trends/export.doc").with(user(slt))).hasStatus(HttpStatus.NOT_FOUND);
	}

	private byte[] export(String format, String query) {
		var result = mvc.get().uri("/slt/trends/export." + format + "?" + query).with(user(slt)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private Document page(String uri) throws Exception {
		var result = mvc.get().uri(uri).with(user(slt)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> texts(org.dhatim.fastexcel.reader.Row row) {
		var texts = new ArrayList<String>();
		for (int c = 0; c < row.getCellCount(); c++) {
			texts.add(row.getCellText(c));
		}
		return texts;
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
