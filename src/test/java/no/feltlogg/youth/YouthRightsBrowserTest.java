package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The youth's rights on a phone, checked with axe: a restriction placed and lifted, a
 * fresh registration erased, and the youth's page opened from the consent form (issue 19,
 * ADR 0039).
 */
@IntegrationTest
class YouthRightsBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	JdbcTemplate jdbc;

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
	void theLeaderRestrictsAndLiftsAndTheWorkerSeesOnlyThatItIsRestricted() {
		var workerName = municipality.account(Role.WORKER);
		var leaderName = municipality.account(Role.LEADER);
		var youth = YouthFixtures.register(records, municipality.user(workerName), "Maja Protest", Birth.year(2010));

		browser.login(leaderName, TestStaff.PASSWORD);
		browser.go("/youth/" + youth).click("#restrict-link").assertAccessible();
		browser.type("reason", "Ungdommen protesterer mot at vi bruker opplysningene").click("#restrict");
		assertThat(browser.text("#restriction-notice")).contains("Behandlingen er begrenset")
			.contains("Ungdommen protesterer");
		browser.assertAccessible().logout();

		browser.login(workerName, TestStaff.PASSWORD);
		browser.go("/youth");
		assertThat(browser.text("main")).contains("Maja Protest").contains("Begrenset behandling");
		browser.go("/youth/" + youth);
		assertThat(browser.heading()).isEqualTo("Journalen er begrenset");
		assertThat(browser.text("main")).doesNotContain("Maja Protest");
		browser.assertAccessible().logout();

		browser.login(leaderName, TestStaff.PASSWORD);
		browser.go("/youth/" + youth).click("#lift-restriction");
		assertThat(browser.all("#restriction-notice")).isEmpty();
		assertThat(browser.text("main")).contains("Begrensningen er opphevet");
		browser.logout();

		browser.login(workerName, TestStaff.PASSWORD);
		browser.go("/youth/" + youth);
		assertThat(browser.heading()).contains("Maja Protest");
	}

	@Test
	void theLeaderErasesAFreshRegistrationMadeByMistake() {
		var workerName = municipality.account(Role.WORKER);
		var name = "Feil Person " + UUID.randomUUID().toString().substring(0, 8);
		var youth = YouthFixtures.register(records, municipality.user(workerName), name, Birth.year(2011));

		browser.login(municipality.account(Role.LEADER), TestStaff.PASSWORD);
		browser.go("/youth/" + youth).click("#erase-link");
		assertThat(browser.heading()).contains(name);
		browser.assertAccessible();
		browser.click("#erase");
		assertThat(browser.text("#confirmed-error")).isNotBlank();
		assertThat(browser.text("#reason-error")).isNotBlank();
		browser.assertAccessible();
		browser.click("input[name=reason][value=WRONG_PERSON]")
			.click("input[name=confirmed][type=checkbox]")
			.click("#erase");
		assertThat(browser.path()).isEqualTo("/youth");
		assertThat(browser.text("main")).contains("Registreringen er slettet").doesNotContain(name);
		assertThat(jdbc.queryForObject("select count(*) from youth where id = ?", Integer.class, youth)).isZero();
		browser.assertAccessible();
	}

	@Test
	void theYouthsPageOpensFromTheConsentFormAndWithoutSigningIn() {
		browser.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		browser.go("/youth/new");
		var form = browser.driver().getWindowHandle();
		browser.click("#rights-link");
		var page = browser
			.waitFor(d -> d.getWindowHandles().stream().filter(h -> !h.equals(form)).findFirst().orElse(null));
		browser.driver().switchTo().window(page);
		browser.waitFor(d -> d.getCurrentUrl().endsWith("/rights"));
		assertThat(browser.heading()).isEqualTo("Dette lagrer vi om deg, og dette kan du be om");
		browser.assertAccessible();
		browser.driver().close();
		browser.driver().switchTo().window(form);
		browser.logout();

		browser.go("/rights");
		assertThat(browser.path()).isEqualTo("/rights");
		assertThat(browser.text("main")).contains("Datatilsynet");
		browser.assertAccessible();
	}

}
