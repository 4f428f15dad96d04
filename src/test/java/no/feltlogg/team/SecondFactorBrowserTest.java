package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.support.Totp;

/**
 * A person turns on TOTP from the layout, by the typed secret, and signs in with it, in a
 * real headless Chromium.
 */
@IntegrationTest
class SecondFactorBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.open(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void enrolTotpAndSignInWithIt() {
		var username = staff.newMunicipality().account(Role.WORKER);
		browser.login(username, TestStaff.PASSWORD);
		assertThat(browser.path()).isEqualTo("/");

		browser.click("a[href='/account/second-factor']");
		assertThat(browser.heading()).isEqualTo("Sett opp totrinnsinnlogging");
		browser.assertAccessible();
		var secret = browser.find("#totp-secret").getText().replace(" ", "");
		browser.type("code", Totp.code(secret, 0)).click("form[action='/account/second-factor'] button[type=submit]");
		assertThat(browser.heading()).isEqualTo("Gjenopprettingskoder");
		assertThat(browser.all("#recovery-codes li")).hasSize(10);
		browser.assertAccessible();

		browser.logout().login(username, TestStaff.PASSWORD);
		assertThat(browser.path()).isEqualTo("/login/second-factor");
		assertThat(browser.heading()).isEqualTo("Totrinnsinnlogging");
		browser.assertAccessible();
		browser.type("code", "111111").click("form[action='/login/second-factor'] button[type=submit]");
		assertThat(browser.text("#code-error")).contains("Koden stemmer ikke.");
		browser.type("code", Totp.code(secret, 1)).click("form[action='/login/second-factor'] button[type=submit]");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(".lead")).contains("starter du vakten");
	}

}
