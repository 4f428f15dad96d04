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

/** One thumb, dark, short (issue 15): the encounter form on a 390 × 844 phone, light and dark. */
@IntegrationTest
class PhoneLayoutBrowserTest {

	static Browser phone;

	@Autowired
	TestStaff staff;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
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
		phone.click("#save-encounter");
		assertThat(phone.text("[role=status]")).isEqualTo("Treffet er lagret: 1 ungdommer.");
		assertThat(inViewport("#log-encounter")).as("log another is on the first screen").isTrue();
		assertThat(inViewport("#end-shift")).as("end shift is on the first screen").isTrue();
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
		phone.click("#save-encounter"); // nothing counted: the form comes back with its error, also dark
		phone.assertAccessible();
		phone.go("/fieldwork/observations/new");
		phone.assertAccessible();
	}

	private static void darkMode(boolean dark) {
		((ChromiumDriver) phone.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
				List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) phone.driver()).executeScript(script, arguments);
	}

	private static boolean inViewport(String css) {
		return Boolean.TRUE.equals(script("var r = arguments[0].getBoundingClientRect();"
				+ "return window.scrollY === 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
				phone.find(css)));
	}

	private static double rect(String css, String side) {
		return ((Number) script("return arguments[0].getBoundingClientRect()[arguments[1]];", phone.find(css), side))
			.doubleValue();
	}

}
