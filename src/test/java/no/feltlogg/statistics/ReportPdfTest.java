package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The council's PDF as a screen reader and a reader of paper meet it (issue #16, item 1):
 * tagged PDF/UA with title, language, headings and a text alternative for every chart;
 * every chart label printed in full; the key to hidden figures on every page that shows
 * one; the fonts embedded.
 */
@IntegrationTest
class ReportPdfTest {

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
		log("2024-06-01", "20:00", "street", null, "BOY:12-15", "30", "GIRL:12-15", "25");
		log("2025-03-14", "21:30", "school", "school", "GIRL:12-15", "6");
		log("2025-06-01", "20:00", "street", "alcohol", "BOY:12-15", "40", "GIRL:12-15", "35");
		log("2025-06-02", "20:00", "online", null, "GIRL:16-18", "12", "UNKNOWN:>18", "2");
		mvc.post()
			.uri("/statistics/annual/comments?kind=year&year=2025")
			.param("section", "foreword")
			.param("text", "Forord til kommunestyret.")
			.with(user(leader))
			.with(csrf())
			.exchange();
	}

	@Test
	void thePdfIsTaggedWithTitleLanguageHeadingsAndATextAlternativeForEveryChart() throws Exception {
		var page = page();
		int charts = page.select("figure.chart").size();
		assertThat(charts).as("charts on the page").isGreaterThan(5);
		try (var pdf = Loader.loadPDF(export(true))) {
			var catalog = pdf.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("marked as tagged").isTrue();
			assertThat(catalog.getLanguage()).isEqualTo("nb");
			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Årsrapport 2025");
			assertThat(catalog.getViewerPreferences()).isNotNull();
			assertThat(catalog.getViewerPreferences().displayDocTitle()).as("the title shown, not the file name")
				.isTrue();
			assertThat(catalog.getMetadata()).as("XMP metadata with the PDF/UA identification").isNotNull();
			var xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).contains("pdfuaid");

			var elements = new ArrayList<PDStructureElement>();
			collect(catalog.getStructureTreeRoot(), elements);
			var types = elements.stream().map(PDStructureElement::getStructureType).toList();
			assertThat(types).contains("H1", "Table", "TH", "TD");
			assertThat(types.stream().filter("H2"::equals).count()).as("a heading per section and more")
				.isGreaterThan(page.select("details.report-fold").size());
			for (var figure : elements.stream().filter(e -> "Figure".equals(e.getStructureType())).toList()) {
				assertThat(figure.getAlternateDescription()).as("alt text of a figure").isNotBlank();
			}
			var chartAlternatives = elements.stream()
				.map(PDStructureElement::getAlternateDescription)
				.filter(alt -> alt != null && alt.startsWith("Diagram: "))
				.toList();
			assertThat(chartAlternatives).as("a text alternative for each chart").hasSize(charts);
			for (var title : page.select("figure.chart").eachAttr("title")) {
				assertThat(chartAlternatives).contains(title);
			}
			for (var pdPage : pdf.getPages()) {
				for (var name : pdPage.getResources().getFontNames()) {
					assertThat(pdPage.getResources().getFont(name).isEmbedded()).as("font embedded").isTrue();
				}
			}
		}
	}

	@Test
	void everyChartLabelIsPrintedInFullAndNoHeadingIsLeftWithoutItsTable() throws Exception {
		var page = page();
		var labels = new ArrayList<String>();
		labels.addAll(page.select("figure.chart .chart-label").eachText());
		labels.addAll(page.select("figure.chart .chart-key-item").eachText());
		assertThat(labels).contains("Gate og sentrum", "Skole og fravær", "Nett og sosiale medier");
		// the chart leaves out the row that is the sum of the others (all encounters
		// beside its own parts)
		assertThat(page.select("#chart-encounters .chart-label").eachText()).isNotEmpty()
			.doesNotContain("Alle ungdomstreff");
		try (var pdf = Loader.loadPDF(export(true))) {
			var pages = pageTexts(pdf);
			var all = String.join(" ", pages);
			for (var label : labels) {
				assertThat(pages).as("the label \"" + label + "\" on a page in full")
					.anySatisfy(text -> assertThat(text).contains(label));
			}
			assertThat(all).doesNotContain("…").doesNotContain("E-9");
			// no heading is left at the foot of a page with its table on the next: the
			// first row is under it
			for (var fold : page.select("details.report-fold")) {
				var heading = fold.select("summary h2").text();
				var firstRow = fold.select("table.report-table tbody tr").first().text();
				int last = -1;
				for (int i = 0; i < pages.size(); i++) {
					if (pages.get(i).contains(heading)) {
						last = i;
					}
				}
				assertThat(last).as("the heading " + heading).isGreaterThan(1);
				assertThat(pages.get(last)).as("the page of " + heading).contains(firstRow);
			}
			// the contents page lists every section
			assertThat(pages.get(1)).contains("Innhold").contains("Ungdomstreff etter aldersgruppe og kjønn");
			assertThat(all).contains("Forord til kommunestyret.").contains("Nøkkeltall");
		}
	}

	@Test
	void everyPageThatShowsAHiddenFigureExplainsIt() throws Exception {
		try (var pdf = Loader.loadPDF(export(false))) {
			var pages = pageTexts(pdf);
			boolean any = false;
			for (int i = 0; i < pages.size(); i++) {
				var text = pages.get(i);
				if (text.contains("×") || text.contains("<5")) {
					any = true;
					assertThat(text).as("page " + (i + 1))
						.contains("<5: et tall fra 1 til 4")
						.contains("×: skjult fordi det sammen med summene");
				}
			}
			assertThat(any).as("the published report hides figures").isTrue();
		}
		// with pdfinfo (poppler-utils) where installed: a PDF it reads, tagged, with the
		// title
		var pdfinfo = Path.of("/usr/bin/pdfinfo");
		if (Files.isExecutable(pdfinfo)) {
			var file = Files.createTempFile("report", ".pdf");
			try {
				Files.write(file, export(false));
				var info = pdfinfo(file);
				assertThat(info).containsPattern("Tagged:\\s+yes").containsPattern("Title:\\s+Årsrapport 2025");
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
	}

	private static String pdfinfo(Path file) throws IOException, InterruptedException {
		var process = new ProcessBuilder("/usr/bin/pdfinfo", file.toString()).redirectErrorStream(true).start();
		var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return out;
	}

	/**
	 * Each page's text with line breaks as spaces: a label may wrap, but not lose a
	 * letter.
	 */
	private static List<String> pageTexts(PDDocument pdf) throws IOException {
		var pages = new ArrayList<String>();
		var stripper = new PDFTextStripper();
		for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
			stripper.setStartPage(p);
			stripper.setEndPage(p);
			pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
		}
		return pages;
	}

	private static void collect(PDStructureNode node, List<PDStructureElement> into) {
		for (var kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				into.add(element);
				collect(element, into);
			}
		}
	}

	private Document page() throws Exception {
		var result = mvc.get().uri("/statistics/annual?kind=year&year=2025").with(user(leader)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The PDF; internal (not published) when the page's charts are to be compared with it
	 * one to one.
	 */
	private byte[] export(boolean internal) {
		var result = mvc.get()
			.uri("/statistics/annual/export.pdf?kind=year&year=2025" + (internal ? "&published=false" : ""))
			.with(user(leader))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private void log(String date, String time, String arena, String theme, String... cells) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", time)
			.param("arena", arena)
			.with(user(worker))
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
