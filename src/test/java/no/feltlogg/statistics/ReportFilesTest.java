package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The report's files as issue 16 asks: the XLSX opens on a contents sheet that names and
 * links every table's sheet, whose short numbered names fit Excel's 31 characters without
 * a cut word; the CSV has Norwegian headers and the codes of each row and column beside
 * their words.
 */
@IntegrationTest
class ReportFilesTest {

	private static final String YEAR_2025 = "2025-01-01_2026-01-01";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	CurrentUser worker;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		var municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		log("2024-06-01", "BOY:12-15", "30", "GIRL:12-15", "25");
		log("2025-06-01", "BOY:12-15", "40", "GIRL:12-15", "35");
		log("2025-06-02", "UNKNOWN:>18", "1");
	}

	@Test
	void theWorkbookOpensOnContentsThatNameAndLinkEveryTablesSheet() throws Exception {
		var xlsx = export("xlsx", true);
		int listedSheets;
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets.getFirst().getName()).isEqualTo("Innhold");
			var contents = sheets.getFirst().read();
			assertThat(contents.getFirst().getCellText(0)).startsWith("Årsrapport 2025").contains("–");
			var listed = contents.stream()
				.filter(r -> r.getRowNum() > 3 && r.getCellCount() > 1 && r.getCellText(0).matches("\\d+ .*"))
				.toList();
			assertThat(listed).as("every table's sheet is listed in order").hasSize(sheets.size() - 1);
			listedSheets = listed.size();

			var lowerCase = new HashSet<String>();
			for (int i = 1; i < sheets.size(); i++) {
				var name = sheets.get(i).getName();
				assertThat(name.length()).as(name).isLessThanOrEqualTo(31);
				assertThat(lowerCase.add(name.toLowerCase(Locale.ROOT))).as("unique: " + name).isTrue();
				assertThat(name).as("numbered in order").startsWith(i + " ").doesNotContain("…");
				assertThat(listed.get(i - 1).getCellText(0)).isEqualTo(name);
				// the full title in the contents and in cell A1 of the sheet
				var title = listed.get(i - 1).getCellText(1);
				assertThat(firstCell(sheets.get(i))).isEqualTo(title);
				// no cut word: the name is the table's short name, or whole words of its
				// title
				var words = List.of(name.substring(name.indexOf(' ') + 1).split(" "));
				var titleWords = List.of(title.split(" "));
				assertThat(isShortName(name) || titleWords.containsAll(words)).as(name).isTrue();
			}
			assertThat(sheets.stream().map(Sheet::getName)).contains("1 Treff i alt", "3 Alder og kjønn",
					"16 Henvisninger etter tjeneste");
		}
		// the contents link to cell A1 of each table's sheet (quotes and letters escaped
		// in the sheet's XML)
		var contentsXml = entry(xlsx, "xl/worksheets/sheet1.xml");
		assertThat(contentsXml.split("<hyperlink ", -1)).hasSize(listedSheets + 1);
		assertThat(contentsXml).contains("ref=\"A4\" location=\"&apos;1 Treff i alt&apos;!A1\"")
			.contains("location=\"&apos;3 Alder og kj&#xf8;nn&apos;!A1\"");
	}

	@Test
	void theCsvHasNorwegianHeadersAndCodesBesideTheWords() throws Exception {
		var records = csv(export("csv", true));
		assertThat(records.getFirst().getParser().getHeaderNames()).containsExactly("Radkode", "Kolonnekode", "Tabell",
				"Rad", "Kolonne", "Verdi");
		var all = find(records, "encounters", "all", YEAR_2025);
		assertThat(List.of(all.get("Rad"), all.get("Kolonne"), all.get("Verdi"))).containsExactly("Alle ungdomstreff",
				"2025", "76");
		assertThat(find(records, "ageBandGender", "12-15", "BOY").get("Kolonne")).isEqualTo("Gutter");
		assertThat(find(records, "ageBandGender", "12-15", "BOY").get("Verdi")).isEqualTo("40");
		// published: the one adult is hidden, under the same codes
		assertThat(find(records, "ageBandGender", ">18", "OTHER").get("Verdi")).isEqualTo("<5");
		assertThat(find(records, "anonymousRegistered", "GIRL", "anonymous").get("Rad")).isEqualTo("Jenter");
		assertThat(find(records, "priorityByMonth", "2025-06", "RED").get("Rad")).isEqualTo("juni");
		// the internal file shows the count; headers stay Norwegian in English too
		assertThat(find(csv(export("csv", false)), "ageBandGender", ">18", "OTHER").get("Verdi")).isEqualTo("1");
		var english = mvc.get()
			.uri("/statistics/annual/export.csv?kind=year&year=2025&published=false")
			.cookie(new jakarta.servlet.http.Cookie("feltlogg-lang", "en"))
			.with(user(leader))
			.exchange();
		var englishRecords = csv(english.getResponse().getContentAsByteArray());
		assertThat(englishRecords.getFirst().getParser().getHeaderNames()).startsWith("Radkode", "Kolonnekode");
		assertThat(find(englishRecords, "encounters", "all", YEAR_2025).get("Rad")).isEqualTo("All youth encounters");
	}

	/**
	 * Whether the name after its number is one of the short sheet names of the bokmål
	 * messages.
	 */
	private static boolean isShortName(String name) throws Exception {
		var properties = new java.util.Properties();
		try (var in = ReportFilesTest.class.getResourceAsStream("/messages.properties")) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		var text = name.substring(name.indexOf(' ') + 1);
		return properties.stringPropertyNames()
			.stream()
			.anyMatch(k -> k.startsWith("report.sheet.") && properties.getProperty(k).equals(text));
	}

	private static String firstCell(Sheet sheet) throws Exception {
		return sheet.read()
			.stream()
			.filter(r -> r.getRowNum() == 1)
			.findFirst()
			.map(r -> r.getCellText(0))
			.orElseThrow();
	}

	private static CSVRecord find(List<CSVRecord> records, String table, String rowCode, String columnCode) {
		return records.stream()
			.filter(r -> r.get("Tabell").equals(table) && r.get("Radkode").equals(rowCode)
					&& r.get("Kolonnekode").equals(columnCode))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line " + table + "/" + rowCode + "/" + columnCode));
	}

	private static List<CSVRecord> csv(byte[] bytes) throws Exception {
		var text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeff");
		var parser = CSVParser.parse(text.substring(1),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
		return parser.getRecords();
	}

	private static String entry(byte[] zip, String name) throws Exception {
		var file = java.nio.file.Files.createTempFile("report", ".xlsx");
		try {
			java.nio.file.Files.write(file, zip);
			try (var archive = new java.util.zip.ZipFile(file.toFile())) {
				var entry = archive.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
	}

	private byte[] export(String format, boolean published) {
		var result = mvc.get()
			.uri("/statistics/annual/export." + format + "?kind=year&year=2025&published=" + published)
			.with(user(leader))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private void log(String date, String... cells) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "20:00")
			.param("arena", "street")
			.with(user(worker))
			.with(csrf());
		for (int i = 0; i < cells.length; i += 2) {
			request = request.param("counts[" + cells[i] + "]", cells[i + 1]);
		}
		assertThat(request).hasRedirectedUrl("/");
	}

}
