package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The leader's access logs and priority overview on a phone: readable without scrolling
 * sideways, and accessible.
 */
@IntegrationTest
class LeaderLogBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void theLogsAndTheRedAndYellowYouthsFitAPhone() {
		var municipality = staff.newMunicipality();
		var workerName = municipality.account(Role.WORKER);
		var worker = municipality.user(workerName);
		var name = "Telefon Ungdom " + UUID.randomUUID().toString().substring(0, 4);
		var youth = YouthFixtures.register(records, worker, name, Birth.year(2010));
		var today = LocalDate.now(Oslo.ZONE);
		AsUser.run(worker,
				() -> records.changePriority(worker, youth, PriorityLevel.RED, today, "Trusler i friminuttet"));

		browser.login(workerName, TestStaff.PASSWORD);
		for (int i = 0; i < 3; i++) {
			browser.go("/youth/" + youth);
		}
		browser.logout();

		browser.login(municipality.account(Role.LEADER), TestStaff.PASSWORD);
		browser.go("/youth/priorities").assertAccessible();
		assertThat(browser.text("#flagged")).contains(name);
		assertFitsThePhone();

		browser.go("/youth/log").assertAccessible();
		assertThat(browser.heading()).isEqualTo("Teamets tilgangslogg");
		assertThat(browser.text("#access-log")).contains("3 visninger").contains(name);
		assertFitsThePhone();

		browser.go("/youth/" + youth + "/log").assertAccessible();
		assertThat(browser.text("#access-log")).contains("Ungdommens side");
		assertFitsThePhone();
		browser.click("label[for=grouped1]");
		browser.click("#log-filters button[type=submit]");
		assertThat(browser.text("#access-log")).contains("3 visninger");
		browser.assertAccessible();
	}

	private static void assertFitsThePhone() {
		var widths = ((JavascriptExecutor) browser.driver())
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		var pair = (java.util.List<?>) widths;
		assertThat(((Number) pair.get(0)).intValue()).as("page width on a phone")
			.isLessThanOrEqualTo(((Number) pair.get(1)).intValue());
	}

}
