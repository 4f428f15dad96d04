package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * A leader imports a CSV file in a real headless Chromium, phone-sized: a bad file first,
 * then a good one, checked and confirmed, with an accessibility check of each page.
 */
@IntegrationTest
class EncounterImportBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path files;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aLeaderChecksAFileSeesTheBadLinesImportsTheCorrectedOneAndUndoesIt() throws IOException {
		var municipality = staff.newMunicipality();
		browser.login(municipality.account(Role.LEADER), TestStaff.PASSWORD);
		browser.click("a[href='/team/import']");
		assertThat(browser.heading()).isEqualTo("Importer tidligere treff");
		browser.assertAccessible();

		var header = "date,time,arena,area,place,gender,age,count,themes,source_id\n";
		upload(write("feil.csv", header + "2025-03-14,21:30,street,Sentrum,Torget,gutt,12-15,0,,WEB-1\n"));
		assertThat(browser.text("#import-errors")).contains("2")
			.contains("Antallet «0» er ugyldig: skriv et helt tall fra 1 til 999.");
		assertThat(browser.all("#import-confirm")).isEmpty();
		browser.assertAccessible();

		upload(write("riktig.csv", header + "2025-03-14,21:30,street,Sentrum,Torget,gutt,12-15,3,alcohol,WEB-1\n"
				+ "2025-03-15,,school,Sentrum,Torget,jente,14,2,,WEB-2\n"));
		assertThat(browser.text("#import-counts")).startsWith("Fila er i orden: 2 treff blir importert");
		browser.assertAccessible();
		browser.click("#import-confirm");

		assertThat(browser.text("#import-done")).contains("Importerte 2 treff.");
		assertThat(browser.text("#import-history")).contains("14.03.2025–15.03.2025");
		browser.assertAccessible();
		assertThat(jdbc.queryForObject("select coalesce(sum(total), 0) from counted_encounter where team_id = ?",
				Integer.class, municipality.teamA))
			.isEqualTo(5);

		// a wrong import is undone as a whole
		browser.click("details.import-undo summary");
		browser.assertAccessible();
		browser.click("details.import-undo button[type=submit]");
		assertThat(browser.text(".flash-ok")).isEqualTo("Importen er angret: 2 treff er fjernet.");
		assertThat(browser.text("#import-history")).contains("Angret ");
		assertThat(browser.all("details.import-undo")).isEmpty();
		browser.assertAccessible();
		assertThat(jdbc.queryForObject("select coalesce(sum(total), 0) from counted_encounter where team_id = ?",
				Integer.class, municipality.teamA))
			.isZero();
		browser.logout();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(files.resolve(name), content);
	}

	private void upload(Path file) {
		browser.find("#file");
		browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.click("#import-check");
		browser.find("#import-report");
	}

}
