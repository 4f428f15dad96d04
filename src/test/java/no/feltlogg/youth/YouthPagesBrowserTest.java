package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Every other page of the youth record, the journal and the leader's views, checked with
 * axe on a phone.
 */
@IntegrationTest
class YouthPagesBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Youths youths;

	@Autowired
	Journal journal;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.phone(port);
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
	void formsAndLeaderPagesAreAccessibleAndWork() {
		var school = catalog.addSchool(municipality.teamA, "Elvedal ungdomsskole", SchoolLevel.LOWER_SECONDARY);
		var workerName = municipality.account(Role.WORKER);
		var worker = municipality.user(workerName);
		var youth = YouthFixtures.register(records, worker, "Kasper Ålvik", Birth.year(2010));
		var today = LocalDate.now(Oslo.ZONE);
		var draft = AsUser.call(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.NOTE, today, null, List.of("family"), "Et utkast om familien."), false));

		browser.login(workerName, TestStaff.PASSWORD);
		browser.go("/youth/" + youth + "/edit").assertAccessible();
		new Select(browser.find("#schoolId")).selectByVisibleText("Elvedal ungdomsskole");
		browser.type("phone", "41234567");
		browser.click("main button[type=submit]");
		assertThat(browser.text("[role=status]")).isEqualTo("Endringene er lagret.");
		assertThat(browser.text(".facts")).contains("Elvedal ungdomsskole").contains("41234567");

		browser.go("/youth?school=" + school.id()).assertAccessible();
		assertThat(browser.text("main table")).contains("Kasper Ålvik");

		browser.go("/youth/" + youth + "/consents/new").assertAccessible();
		browser.click("input[name=scope][value=SHARING]");
		browser.click("main button[type=submit]");
		assertThat(browser.text("#serviceName-error")).contains("tjeneste");
		browser.assertAccessible();
		browser.type("serviceName", "Helsestasjon for ungdom");
		browser.click("main button[type=submit]");
		assertThat(browser.text("#consents")).contains("Helsestasjon for ungdom");

		var consent = AsUser.call(worker, () -> youths.consents(municipality.teamA, youth))
			.stream()
			.filter(c -> c.scope() == ConsentScope.SHARING)
			.findFirst()
			.orElseThrow();
		browser.go("/youth/" + youth + "/consents/" + consent.id() + "/withdraw").assertAccessible();
		browser.click("main button[type=submit]");
		assertThat(browser.text("#consents")).contains("Trukket tilbake");

		browser.go("/youth/" + youth + "/concerns/new").assertAccessible();
		browser.click("input[name=criterion][value=THREATS]");
		browser.click("main button[type=submit]");
		assertThat(browser.text("main")).contains("Trusler");

		browser.go("/journal/" + draft + "/edit").assertAccessible();
		browser.go("/journal/anonymous/new").assertAccessible();
		browser.click("main button[type=submit]");
		browser.assertAccessible();
		assertThat(browser.heading()).isEqualTo("Anonyme samtaler");
		browser.logout();

		var restricted = YouthFixtures.register(records, worker, "Skjermet " + UUID.randomUUID(), Birth.year(2009),
				true);
		var colleague = municipality.account(Role.WORKER);
		browser.login(colleague, TestStaff.PASSWORD);
		browser.go("/youth/" + restricted);
		assertThat(browser.heading()).isEqualTo("Skjermet journal");
		browser.assertAccessible();
		browser.type("reason", "Ungdommen ringte vakttelefonen og ba om hjelp i kveld.");
		browser.click("main button[type=submit]");
		assertThat(browser.heading()).startsWith("Skjermet ");
		browser.logout();

		browser.login(municipality.account(Role.LEADER), TestStaff.PASSWORD);
		browser.go("/youth/priorities").assertAccessible();
		browser.go("/youth/reasons").assertAccessible();
		assertThat(browser.text("#reasons")).contains("Ungdommen ringte vakttelefonen");
		browser.go("/youth/" + youth).assertAccessible();
		browser.go("/journal/" + draft).assertAccessible();
		assertThat(browser.text("main")).contains("bare forfatteren kan endre");
	}

}
