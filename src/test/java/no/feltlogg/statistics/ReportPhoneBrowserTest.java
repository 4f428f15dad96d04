package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The report page on a phone (issue #16, item 2): the five key figures with last year's
 * beside them at the top, sections folded to their titles (each title once) and opened
 * from the keyboard, the period form showing only the fields of the chosen kind of
 * period, and nothing axe finds.
 */
@IntegrationTest
class ReportPhoneBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void onAPhoneTheReportOpensWithItsKeyFiguresAndFoldedSections() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		log(worker, "2024-05-10", "BOY:12-15", "9");
		log(worker, "2025-05-10", "GIRL:16-18", "14");

		browser.driver().manage().deleteAllCookies();
		browser.login(municipality.account(Role.LEADER), TestStaff.PASSWORD);
		browser.go("/statistics/annual?kind=year&year=2025");
		assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return window.innerWidth")).as("a phone's width (headless Chromium's least is 500)")
			.isLessThan(600L);

		// the summary: five figures, this year and last year
		assertThat(browser.all("#summary tbody tr")).hasSize(5);
		assertThat(browser.all("#summary thead th").stream().map(e -> e.getText()).toList()).containsExactly("Tall",
				"2025", "2024");
		assertThat(browser.text("#summary-encounters-allEncounters")).isEqualTo("Ungdomstreff 14 9");
		for (var row : browser.all("#summary tbody tr")) {
			assertThat(row.findElements(By.cssSelector("td"))).hasSize(2)
				.allSatisfy(cell -> assertThat(cell.getText()).isNotBlank());
		}

		// the sections fold to their titles, each title shown once
		var folds = browser.all("details.report-fold");
		assertThat(folds).hasSizeGreaterThan(10);
		assertThat(browser.all("details.report-fold[open]")).isEmpty();
		var title = browser.text("#fold-encounters > summary");
		assertThat(title).isEqualTo("Ungdomstreff i alt og etter kanal");
		assertThat(js("return document.querySelector('#table-encounters caption').getBoundingClientRect().width"))
			.as("the table's caption is for screen readers only: the title shows once")
			.isLessThanOrEqualTo(1.0);
		assertThat(element("#table-encounters").isDisplayed()).isFalse();
		// opened from the keyboard
		browser.find("#fold-encounters > summary").sendKeys(Keys.ENTER);
		browser.waitFor(d -> d.findElement(By.id("table-encounters")).isDisplayed());
		assertThat(browser.find("#fold-encounters").getAttribute("open")).isNotNull();
		assertThat(browser.all("#chart-encounters .chart-bar")).isNotEmpty();
		browser.assertAccessible();

		// the period form shows the fields of the kind of period chosen
		assertThat(browser.find("#year").isDisplayed()).isTrue();
		assertThat(element("#number").isDisplayed()).isFalse();
		assertThat(element("#from").isDisplayed()).isFalse();
		new Select(browser.find("#kind")).selectByValue("custom");
		assertThat(browser.find("#from").isDisplayed()).isTrue();
		assertThat(browser.find("#to").isDisplayed()).isTrue();
		assertThat(element("#year").isDisplayed()).isFalse();
		new Select(browser.find("#kind")).selectByValue("month");
		assertThat(browser.find("#number").isDisplayed()).isTrue();
		assertThat(browser.find("#year").isDisplayed()).isTrue();
		assertThat(element("#from").isDisplayed()).isFalse();
		browser.assertAccessible();
	}

	/** An element whether it shows or not (Browser.find waits until it shows). */
	private static org.openqa.selenium.WebElement element(String css) {
		return browser.driver().findElement(By.cssSelector(css));
	}

	private static double js(String script) {
		return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(script))
			.doubleValue();
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
