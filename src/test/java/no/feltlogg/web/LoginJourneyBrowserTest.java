package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Signing in, per role, in a real headless Chromium, with an accessibility check of every
 * page visited.
 */
@IntegrationTest
class LoginJourneyBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestStaff staff;

	TestStaff.Municipality municipality;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.open(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@BeforeEach
	void setUp() {
		browser.driver().manage().deleteAllCookies();
		municipality = staff.newMunicipality();
	}

	@Test
	void eachRoleSignsInAndLandsOnAPageMadeForIt() {
		browser.go("/login").assertAccessible();
		assertThat(browser.heading()).isEqualTo("Logg inn i Feltlogg");

		browser.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(".lead")).contains("starter du vakten");
		assertThat(browser.text(".who-team")).startsWith("Team A");
		browser.assertAccessible().logout();

		browser.login(municipality.account(Role.LEADER), TestStaff.PASSWORD);
		assertThat(browser.text(".lead")).contains("Oversikt over Team A");
		browser.assertAccessible().logout();

		browser.login(municipality.account(Role.SLT), TestStaff.PASSWORD);
		assertThat(browser.text(".lead")).contains("Små tall er skjult");
		assertThat(browser.all(".who-team")).isEmpty();
		browser.assertAccessible().logout();

		browser.login(municipality.account(Role.ADMIN), TestStaff.PASSWORD);
		assertThat(browser.text(".lead")).contains("Administrer team og brukerkontoer");
		browser.assertAccessible();
		browser.click("a[href='/admin/accounts']");
		assertThat(browser.heading()).isEqualTo("Brukerkontoer");
		browser.assertAccessible().logout();
		assertThat(browser.text("[role=status]")).isEqualTo("Du er logget ut.");
	}

	@Test
	void aWrongPasswordShowsAMessageWithoutSayingWhichPartWasWrong() {
		var username = municipality.account(Role.WORKER);
		browser.go("/login").type("username", username).type("password", "not-the-password");
		browser.click("form[action='/login'] button[type=submit]");
		var wrongPassword = browser.text("#login-error");
		browser.assertAccessible();

		browser.go("/login").type("username", "no-such-user").type("password", "not-the-password");
		browser.click("form[action='/login'] button[type=submit]");
		assertThat(browser.text("#login-error")).isEqualTo(wrongPassword)
			.contains("Kontroller brukernavn og passord")
			.doesNotContainIgnoringCase("finnes ikke");
	}

	@Test
	void aWorkerCannotOpenAnAdminPage() {
		browser.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		browser.go("/admin/accounts");
		assertThat(browser.heading()).isEqualTo("Ingen tilgang");
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at no.feltlogg");
		browser.assertAccessible();
		assertThat(browser.driver().findElements(By.cssSelector("a[href='/admin/accounts']"))).isEmpty();
	}

	@Test
	void anUnknownRecordShowsTheNotFoundPage() {
		browser.login(municipality.account(Role.ADMIN), TestStaff.PASSWORD);
		browser.go("/admin/accounts/00000000-0000-0000-0000-000000000000");
		assertThat(browser.heading()).isEqualTo("Fant ikke siden");
		browser.assertAccessible();
		browser.go("/admin/accounts/not-a-uuid");
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
	}

	@Test
	void anAdministratorCreatesAnAccountThatCanSignIn() {
		browser.login(municipality.account(Role.ADMIN), TestStaff.PASSWORD);
		browser.go("/admin/accounts/new");
		browser.click("main button[type=submit]");
		assertThat(browser.text("#username-error")).isEqualTo("Dette feltet må fylles ut.");
		assertThat(browser.text("#password-error")).isEqualTo("Dette feltet må fylles ut.");
		browser.assertAccessible();

		var username = "ny.ansatt." + System.nanoTime();
		browser.type("username", username).type("displayName", "Nora Nyansatt").type("password", "kort");
		browser.click("main button[type=submit]");
		assertThat(browser.text("#password-error")).contains("minst 12");
		assertThat(browser.find("#username").getAttribute("value")).isEqualTo(username);
		assertThat(browser.text("#teamId-error")).isEqualTo("Velg teamet kontoen hører til.");

		browser.type("password", "et-langt-passord-1");
		new org.openqa.selenium.support.ui.Select(browser.find("#teamId")).selectByIndex(1);
		browser.click("main button[type=submit]");
		assertThat(browser.text("[role=status]")).isEqualTo("Kontoen er opprettet.");
		assertThat(browser.text("#account-" + username.replace(".", "\\."))).contains("Nora Nyansatt");
		browser.logout();

		browser.login(username, "et-langt-passord-1");
		assertThat(browser.heading()).isEqualTo("Hei, Nora Nyansatt");
	}

}
