package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The theme chooser in the menu (issue 15, ADR 0033): dark chosen on a light phone stays
 * dark on every page and passes axe's contrast rules; light chosen on a dark phone stays
 * light; "as the phone" follows the phone again.
 */
@IntegrationTest
class ThemeChoiceBrowserTest {

	private static final String DARK_PAPER = "rgb(18, 21, 24)";

	private static final String LIGHT_PAPER = "rgb(255, 255, 255)";

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
	void darkChosenInTheMenuIsRememberedAndReadableAndLightOverridesADarkPhone() {
		darkMode(false);
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		phone.go("/youth");
		assertThat(paper()).isEqualTo(LIGHT_PAPER);

		choose("dark");
		assertThat(phone.path()).as("back on the page the menu was opened on").isEqualTo("/youth");
		assertThat(paper()).isEqualTo(DARK_PAPER);
		phone.go("/fieldwork/encounters/new");
		assertThat(paper()).as("remembered on the next page").isEqualTo(DARK_PAPER);
		phone.assertAccessible();
		phone.click("nav summary");
		assertThat(phone.find("#theme-dark").isSelected()).isTrue();
		phone.assertAccessible();

		darkMode(true);
		choose("light");
		assertThat(paper()).as("light chosen on a dark phone").isEqualTo(LIGHT_PAPER);
		phone.go("/fieldwork/encounters/new");
		phone.assertAccessible();

		choose("auto");
		assertThat(paper()).as("as the phone, which is dark").isEqualTo(DARK_PAPER);
		darkMode(false);
		phone.go("/");
		assertThat(paper()).isEqualTo(LIGHT_PAPER);
	}

	private static void choose(String theme) {
		phone.click("label[for=theme-" + theme + "]");
		phone.click("#theme-save");
	}

	private static String paper() {
		return String.valueOf(((JavascriptExecutor) phone.driver())
			.executeScript("return getComputedStyle(document.body).backgroundColor;"));
	}

	private static void darkMode(boolean dark) {
		((ChromiumDriver) phone.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
	}

}
