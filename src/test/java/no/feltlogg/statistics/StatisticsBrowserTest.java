package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The leader's report and the coordinator's trends in headless Chromium, with the
 * downloaded files opened.
 */
@IntegrationTest
class StatisticsBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestStaff staff;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	YouthRecords records;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.open(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void theLeaderReadsTheReportCommentsItAndDownloadsItAndTheCoordinatorSeesOnlySafeTrends() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var leader = municipality.account(Role.LEADER);
		int year = LocalDate.now(Oslo.ZONE).getYear() - 1;
		log(worker, year + "-03-14", "BOY:12-15", "14");
		log(worker, year + "-06-20", "GIRL:16-18", "23");
		log(worker, year + "-06-21", "GIRL:12-15", "2");
		YouthFixtures.register(records, worker, "Marius Ødegård", Birth.of(LocalDate.of(2009, 4, 4)));

		browser.driver().manage().deleteAllCookies();
		browser.login(leader, TestStaff.PASSWORD);
		browser.click("a[href='/statistics/annual']");
		browser.go("/statistics/annual?kind=year&year=" + year);
		assertThat(browser.heading()).isEqualTo("Rapport " + year + " – " + browser.text(".who-team"));
		assertThat(browser.text("#table-encounters tbody tr:first-child")).isEqualTo("Alle ungdomstreff 39");
		browser.waitFor(d -> !d.findElements(By.cssSelector("#section-encounters .chart .chart-bar")).isEmpty());
		assertThat(browser.all(".chart .chart-bar")).hasSizeGreaterThan(5);
		// issue #17: the share of working time directly with youths against the target
		// (none entered: none assumed)
		assertThat(browser.text("#table-directTime tbody tr:last-child")).isEqualTo("Hele perioden 0 0 0 70");
		browser.assertAccessible();

		browser.find("#section-byMonth summary").click();
		browser.type("text-byMonth", "Sommeren var travlest, særlig ved stranda.");
		browser.click("#section-byMonth form button[type=submit]");
		assertThat(browser.text("[role=status]")).isEqualTo("Teksten er lagret.");
		assertThat(browser.text("#section-byMonth .comment")).isEqualTo("Sommeren var travlest, særlig ved stranda.");

		var pdf = download("#downloads a[href*='export.pdf']");
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Årsrapport " + year)
				.contains("Alle ungdomstreff 39")
				.contains("Sommeren var travlest, særlig ved stranda.")
				.contains("Side 1");
		}
		var xlsx = download("#downloads a[href*='export.xlsx']");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			// issue 16: the contents sheet comes first, then the first table
			var first = workbook.getSheets().skip(1).findFirst().orElseThrow().read();
			var all = first.stream()
				.filter(r -> r.getCellText(0).equals("Alle ungdomstreff"))
				.findFirst()
				.orElseThrow();
			assertThat(all.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(39);
		}
		var csv = new String(download("#downloads a[href*='export.csv']"), StandardCharsets.UTF_8);
		assertThat(csv).contains("encounters,Alle ungdomstreff," + year + ",39\r\n")
			.contains("ageBandGender,12-15,Jenter,<5\r\n")
			.contains("directTime,Hele perioden,Mål (%),70\r\n");
		browser.logout();

		browser.login(municipality.account(Role.SLT), TestStaff.PASSWORD);
		browser.click("main a[href='/slt/trends']");
		browser.go("/slt/trends?from=" + year + "-01&to=" + year + "-12");
		assertThat(browser.heading()).startsWith("Trender i kommunen");
		for (var cell : browser.all("table td.num")) {
			assertThat(cell.getText()).as("no figure below five").isNotIn("1", "2", "3", "4");
		}
		assertThat(browser.driver().getPageSource()).doesNotContain("Marius").doesNotContain("Ødegård");
		browser.assertAccessible();
	}

	private byte[] download(String css) throws Exception {
		var href = browser.find(css).getAttribute("href");
		var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;");
		return response.body();
	}

	private void log(CurrentUser worker, String date, String cell, String count) {
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "21:00")
			.param("arena", "street")
			.param("counts[" + cell + "]", count)
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/");
	}

}
