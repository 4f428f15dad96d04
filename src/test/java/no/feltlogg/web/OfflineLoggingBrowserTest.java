package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Offline logging (issue 15): two encounters logged without a connection on a phone are
 * stored exactly twice.
 */
@IntegrationTest
class OfflineLoggingBrowserTest {

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
	void twoEncountersLoggedOfflineAreSentOnceEachWhenTheConnectionIsBack() {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		phone.go("/fieldwork/encounters/new");
		phone.waitFor(d -> Boolean.TRUE.equals(script("return !!navigator.serviceWorker.controller;")));
		phone.go("/fieldwork/encounters/new"); // now through the service worker, which
												// keeps the form for offline use
		assertThat(phone.heading()).isEqualTo("Logg treff");

		offline(true);
		phone.waitFor(d -> Boolean.FALSE.equals(script("return navigator.onLine;")));
		tap("button[data-target='count-BOY-1'][data-step='1']");
		tap("#save-encounter");
		phone.waitFor(d -> "1".equals(phone.find("#outbox").getAttribute("data-count")));
		tap("button[data-target='count-GIRL-2'][data-step='1']");
		tap("button[data-target='count-GIRL-2'][data-step='1']");
		tap("#save-encounter");
		phone.waitFor(d -> "2".equals(phone.find("#outbox").getAttribute("data-count")));
		assertThat(phone.text("#outbox")).startsWith("Lagret på telefonen. Venter på nett: 2 lagret på telefonen")
			.contains("Treff")
			.contains("venter på å bli sendt");
		assertThat(phone.all("#outbox li")).hasSize(2);
		phone.assertAccessible();
		assertThat(encounters(municipality)).isZero();

		offline(false);
		phone.waitFor(d -> "0".equals(script("return document.getElementById('outbox').getAttribute('data-count');")));
		phone.waitFor(d -> encounters(municipality) == 2);
		assertThat(jdbc.queryForList("select c.count from encounter e join encounter_count c on c.encounter_id = e.id "
				+ "where e.team_id = ? order by e.created_at", Integer.class, municipality.teamA))
			.containsExactly(1, 2);

		phone.go("/fieldwork/encounters/new"); // opening the app again sends nothing
												// twice
		assertThat(phone.heading()).isEqualTo("Logg treff");
		assertThat(phone.driver().findElement(org.openqa.selenium.By.id("outbox")).isDisplayed()).isFalse();
		assertThat(encounters(municipality)).isEqualTo(2);
	}

	@Test
	void theOfflinePageIsKeptAndSignOutNeverDiscardsSilently() {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		phone.go("/fieldwork/encounters/new");
		phone.waitFor(d -> Boolean.TRUE.equals(script("return !!navigator.serviceWorker.controller;")));
		phone.go("/fieldwork/encounters/new");

		// the page every other address shows without a connection, kept by the service
		// worker at install (DevTools'
		// network emulation of the page does not reach the service worker's own requests,
		// so it is read from its cache)
		assertThat(script("return caches.match('/offline').then(function (page) { return page.text(); });")).asString()
			.contains("<h1>Du er uten nett</h1>")
			.contains("Denne siden trenger nett.")
			.doesNotContain("Test worker");

		offline(true);
		phone.waitFor(d -> Boolean.FALSE.equals(script("return navigator.onLine;")));
		tap("#save-encounter"); // nothing counted: kept on the phone, and refused by the
								// server when sent
		phone.waitFor(d -> "1".equals(phone.find("#outbox").getAttribute("data-count")));

		offline(false);
		phone.waitFor(d -> phone.find("#outbox").getText().contains("ble ikke tatt imot"));
		assertThat(encounters(municipality)).isZero();

		tap("form[action='/logout'] button");
		var alert = phone.waitFor(ExpectedConditions.alertIsPresent());
		assertThat(alert.getText()).isEqualTo("1 lagret på telefonen er ikke sendt. Vil du forkaste dem og logge ut?");
		alert.dismiss();
		assertThat(phone.find("#outbox li").getText()).contains("ble ikke tatt imot");

		tap("form[action='/logout'] button");
		phone.waitFor(ExpectedConditions.alertIsPresent()).accept();
		phone.waitFor(d -> phone.path().startsWith("/login"));
		assertThat(script("return new Promise(function (done) { FeltloggOutbox.all().then(function (items) {"
				+ " done(items.length); }); });"))
			.isEqualTo(0L);
		assertThat(script("return caches.has('feltlogg-forms');")).isEqualTo(false);
	}

	int encounters(TestStaff.Municipality municipality) {
		return jdbc.queryForObject("select count(*) from encounter where team_id = ?", Integer.class,
				municipality.teamA);
	}

	private static void tap(String css) {
		var element = phone.find(css);
		((JavascriptExecutor) phone.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private static void offline(boolean offline) {
		var driver = (ChromiumDriver) phone.driver();
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	private static Object script(String script) {
		return ((JavascriptExecutor) phone.driver()).executeScript(script);
	}

}
