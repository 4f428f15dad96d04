package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Role;
import no.feltlogg.support.AppInstance;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The service worker itself, with no server to reach (issue 15, ADR 0031 "known limits"):
 * DevTools' network emulation does not reach the worker's own requests, so the server is
 * stopped instead. An instance of the application on a port of its own serves the
 * encounter form once; then it is stopped and the phone put offline: the cached form
 * opens and saves to the outbox, another page says plainly that it needs a connection;
 * when the server is back (same port, same database, the session kept in it) and the
 * phone online, the encounter is sent and stored once.
 */
@IntegrationTest
class ServiceWorkerOfflineBrowserTest {

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCachedEncounterFormOpensAndSavesWithoutAServerAndOtherPagesSayTheyNeedAConnection() throws IOException {
		var municipality = staff.newMunicipality();
		var worker = municipality.account(Role.WORKER);
		int port = freePort();
		var app = AppInstance.start(Map.of("server.port", port));
		try (var phone = Browser.phone(port)) {
			phone.login(worker, TestStaff.PASSWORD);
			phone.go("/fieldwork/encounters/new");
			phone.waitFor(d -> Boolean.TRUE.equals(script(phone, "return !!navigator.serviceWorker.controller;")));
			phone.go("/fieldwork/encounters/new"); // through the service worker, which
													// keeps the form
			phone.waitFor(d -> Boolean.TRUE.equals(script(phone, "return caches.open('feltlogg-forms').then("
					+ "function (c) { return c.match('/fieldwork/encounters/new'); }).then(function (r) { return !!r; });")));

			app.close();
			app = null;
			offline(phone, true);
			phone.waitFor(d -> Boolean.FALSE.equals(script(phone, "return navigator.onLine;")));

			phone.go("/fieldwork/encounters/new");
			assertThat(phone.heading()).as("the cached form opens").isEqualTo("Logg treff");
			phone.click("button[data-target='count-BOY-1'][data-step='1']");
			phone.find("#save-encounter").click(); // kept on the phone: no page is loaded
			phone.waitFor(d -> "1".equals(phone.find("#outbox").getAttribute("data-count")));
			assertThat(phone.text("#outbox")).contains("venter på å bli sendt");

			phone.go("/youth");
			assertThat(phone.heading()).as("another page needs a connection").isEqualTo("Du er uten nett");
			assertThat(phone.text("main")).contains("Denne siden trenger nett.");
			assertThat(encounters(municipality)).isZero();

			app = AppInstance.start(Map.of("server.port", port));
			offline(phone, false);
			phone.go("/fieldwork/encounters/new");
			phone.waitFor(d -> encounters(municipality) == 1);
			phone.go("/fieldwork/encounters/new");
			assertThat(encounters(municipality)).as("sent once").isEqualTo(1);
		}
		finally {
			if (app != null) {
				app.close();
			}
		}
	}

	private int encounters(TestStaff.Municipality municipality) {
		return jdbc.queryForObject("select count(*) from encounter where team_id = ?", Integer.class,
				municipality.teamA);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void offline(Browser phone, boolean offline) {
		var driver = (ChromiumDriver) phone.driver();
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	private static Object script(Browser phone, String script) {
		return ((JavascriptExecutor) phone.driver()).executeScript(script);
	}

}
