package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Back-then-save on a phone stores one encounter (issue 15, ADR 0031), in headless
 * Chromium at 390 × 844.
 */
@IntegrationTest
class ExactlyOnceBrowserTest {

	static Browser phone;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		phone.close();
	}

	@Test
	void backAfterSavingAndSavingAgainStoresOneEncounter() {
		var municipality = staff.newMunicipality();
		var worker = municipality.account(Role.WORKER);
		phone.driver().manage().deleteAllCookies();
		phone.login(worker, TestStaff.PASSWORD);

		phone.go("/fieldwork/encounters/new");
		phone.click("button[data-target='count-BOY-1'][data-step='1']");
		phone.click("button[data-target='count-BOY-1'][data-step='1']");
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Treffet er lagret: 2 ungdommer.");

		phone.driver().navigate().back();
		phone.waitFor(d -> phone.path().startsWith("/fieldwork/encounters/new"));
		assertThat(phone.heading()).isEqualTo("Logg treff");
		if (!"2".equals(phone.find("#count-BOY-1").getAttribute("value"))) {
			phone.type("count-BOY-1", "2"); // the browser did not restore what was typed:
											// type it again
		}
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Dette var allerede lagret. Ingenting ble lagret to ganger.");
		phone.assertAccessible();

		assertThat(jdbc.queryForObject("select count(*) from encounter where team_id = ?", Integer.class,
				municipality.teamA))
			.isEqualTo(1);
	}

}
