package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * One thumb, dark, short (issue 15): the encounter form on a 390 × 844 phone, light and
 * dark.
 */
@IntegrationTest
class PhoneLayoutBrowserTest {

	static Browser phone;

	@Autowired
	TestStaff staff;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
		// Chromium keeps a window at least 500 px wide: emulate the phone's 390 × 844
		// viewport exactly
		((ChromiumDriver) phone.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterAll
	static void stopBrowser() {
		darkMode(false);
		phone.close();
	}

	@Test
	void theSaveButtonIsOnTheFirstScreenTheMenuIsFoldedAndTheNextActionsFollowTheSave() {
		darkMode(false);
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		phone.click("#start-shift");

		assertThat(phone.find("nav summary").getText()).isEqualTo("Meny");
		assertThat(phone.driver().findElement(By.cssSelector("nav a[href='/youth']")).isDisplayed()).isFalse();
		phone.click("nav summary");
		assertThat(phone.find("nav a[href='/youth']").isDisplayed()).isTrue();

		phone.click("#log-encounter");
		assertThat(phone.heading()).isEqualTo("Logg treff");
		assertThat(inViewport("#save-encounter")).as("the save button is visible without scrolling").isTrue();

		// the − of one age band and the + of the next are far enough apart for a thumb
		double minusBottom = rect("button[data-target='count-BOY-0'][data-step='-1']", "bottom");
		double plusTop = rect("button[data-target='count-BOY-1'][data-step='1']", "top");
		assertThat(plusTop - minusBottom).isGreaterThanOrEqualTo(16);
		phone.assertAccessible();

		phone.click("button[data-target='count-GIRL-1'][data-step='1']");
		assertThat(phone.find("#count-GIRL-1").getDomProperty("value")).isEqualTo("1");
		phone.click("#save-encounter");
		assertThat(phone.text("[role=status]")).isEqualTo("Treffet er lagret: 1 ungdom.");
		assertThat(inViewport("#log-encounter")).as("log another is on the first screen").isTrue();
		assertThat(inViewport("#end-shift")).as("end shift is on the first screen").isTrue();
	}

	@Test
	void theFirstScreenHoldsTheTallyOfTheUsualAgeBandsThePlaceAndTheSaveButton() throws Exception {
		darkMode(false);
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		phone.click("#start-shift");
		phone.click("#log-encounter");
		assertThat(phone.heading()).isEqualTo("Logg treff");
		screenshot("phone-encounter-light.png");
		assertThat(script("return window.innerWidth + 'x' + window.innerHeight;")).isEqualTo("390x844");

		var steps = phone.all("fieldset.tally button[data-step]");
		assertThat(steps).as("the team's four age bands × three genders, − and +").hasSize(24);
		for (var step : steps) {
			var label = step.getAttribute("aria-label");
			assertThat(inViewport(step)).as("%s is on the first screen", label).isTrue();
			assertThat(number("return arguments[0].getBoundingClientRect().height;", step)).as(label)
				.isGreaterThanOrEqualTo(44);
			assertThat(number("return arguments[0].getBoundingClientRect().width;", step)).as(label)
				.isGreaterThanOrEqualTo(40);
			assertThat(label).as("a name for screen readers").isNotBlank();
		}
		assertThat(inViewport("#areaId")).as("the area is on the first screen").isTrue();
		assertThat(inViewport("#placeId")).as("the place is on the first screen").isTrue();
		assertThat(inViewport("#save-encounter")).as("the save button is on the first screen").isTrue();
		assertThat(rect("#placeId", "bottom")).as("the place is not under the sticky save bar")
			.isLessThanOrEqualTo(rect(".save-bar", "top"));

		// the − of one band is never next to the + of another: the next band's label row
		// lies between them
		for (int band = 0; band < 3; band++) {
			for (var gender : List.of("BOY", "GIRL", "UNKNOWN")) {
				double minusBottom = rect("button[data-target='count-" + gender + "-" + band + "'][data-step='-1']",
						"bottom");
				double plusTop = rect("button[data-target='count-" + gender + "-" + (band + 1) + "'][data-step='1']",
						"top");
				assertThat(plusTop - minusBottom).as("band %d to %d, %s", band, band + 1, gender)
					.isGreaterThanOrEqualTo(16);
			}
			// and the + of one gender is at least 8 px from the − of the next gender in
			// the same band
			double boysPlusRight = rect("button[data-target='count-BOY-" + band + "'][data-step='1']", "right");
			double girlsMinusLeft = rect("button[data-target='count-GIRL-" + band + "'][data-step='-1']", "left");
			assertThat(girlsMinusLeft - boysPlusRight).isGreaterThanOrEqualTo(8);
		}
		phone.assertAccessible();

		// with the keyboard: Tab reaches the buttons, Enter counts
		var plus = phone.find("button[data-target='count-BOY-2'][data-step='1']");
		script("arguments[0].focus();", plus);
		plus.sendKeys(org.openqa.selenium.Keys.ENTER);
		plus.sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(phone.find("#count-BOY-2").getDomProperty("value")).isEqualTo("2");
		phone.find("button[data-target='count-BOY-2'][data-step='-1']").sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(phone.find("#count-BOY-2").getDomProperty("value")).isEqualTo("1");

		darkMode(true);
		screenshot("phone-encounter-dark.png");
		for (var step : phone.all("fieldset.tally button[data-step]")) {
			assertThat(inViewport(step)).isTrue();
		}
		phone.assertAccessible();
		darkMode(false);
	}

	@Test
	void theDarkThemeFollowsThePhoneAndPassesTheContrastRules() {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		darkMode(true);
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		assertThat(script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(18, 21, 24)");
		phone.assertAccessible();
		phone.click("#start-shift");
		phone.assertAccessible();
		phone.click("#log-encounter");
		assertThat(script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(18, 21, 24)");
		assertThat(inViewport("#save-encounter")).isTrue();
		phone.assertAccessible();
		phone.click("#save-encounter"); // nothing counted: the form comes back with its
										// error, also dark
		phone.assertAccessible();
		phone.go("/fieldwork/observations/new");
		phone.assertAccessible();
	}

	private static void darkMode(boolean dark) {
		((ChromiumDriver) phone.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) phone.driver()).executeScript(script, arguments);
	}

	private static boolean inViewport(String css) {
		return inViewport(phone.find(css));
	}

	private static boolean inViewport(org.openqa.selenium.WebElement element) {
		return Boolean.TRUE.equals(script("var r = arguments[0].getBoundingClientRect();"
				+ "return window.scrollY === 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0"
				+ " && r.left >= 0 && r.right <= window.innerWidth;", element));
	}

	private static double number(String script, Object... arguments) {
		return ((Number) script(script, arguments)).doubleValue();
	}

	/** A picture of the screen in target/, to look at. */
	private static void screenshot(String name) throws java.io.IOException {
		var png = ((org.openqa.selenium.TakesScreenshot) phone.driver())
			.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		java.nio.file.Files.write(java.nio.file.Path.of("target", name), png);
	}

	private static double rect(String css, String side) {
		return ((Number) script("return arguments[0].getBoundingClientRect()[arguments[1]];", phone.find(css), side))
			.doubleValue();
	}

}
