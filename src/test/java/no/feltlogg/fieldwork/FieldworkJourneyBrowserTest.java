package no.feltlogg.fieldwork;

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

/**
 * A worker's shift on a phone-sized screen, in headless Chromium, every page checked with
 * axe.
 */
@IntegrationTest
class FieldworkJourneyBrowserTest {

	static Browser phone;

	@Autowired
	TestStaff staff;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		phone.close();
	}

	@Test
	void aWorkerStartsAShiftLogsTwoEncountersWithTheCountersSeesThemAndEndsTheShift() {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		assertThat(phone.text("#shift-card h2")).isEqualTo("Du har ingen åpen vakt");
		phone.assertAccessible();

		phone.click("#start-shift");
		assertThat(phone.text("[role=status]")).isEqualTo("Vakten er startet. God vakt!");
		assertThat(phone.text("#shift-card h2")).startsWith("Vakt startet kl.");
		phone.assertAccessible();

		// first group: three boys 12-15 and two girls 16-18, with the + buttons
		phone.click("#log-encounter");
		assertThat(phone.heading()).isEqualTo("Logg treff");
		phone.assertAccessible();
		plus("BOY", 1, 3);
		plus("GIRL", 2, 2);
		assertThat(phone.find("#count-BOY-1").getAttribute("value")).isEqualTo("3");
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Treffet er lagret: 5 ungdommer.");
		assertThat(phone.text("#shift-tally")).isEqualTo("1 treff og 5 ungdommer på denne vakten");

		// second group: one girl 12-15, one minus tap corrects a slip, and two themes
		phone.click("#log-encounter");
		plus("GIRL", 1, 2);
		phone.click("button[data-target='count-GIRL-1'][data-step='-1']");
		phone.click("input[name=themes][value=alcohol] + span");
		phone.click("#more-themes summary"); // a theme the team has not used lately is
												// under "more" (issue 15)
		phone.click("input[name=themes][value=school] + span");
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Treffet er lagret: 1 ungdom.");
		assertThat(phone.text("#shift-tally")).isEqualTo("2 treff og 6 ungdommer på denne vakten");

		phone.go("/fieldwork/encounters");
		assertThat(phone.text("#total-encounters")).isEqualTo("2");
		assertThat(phone.text("#total-youths")).isEqualTo("6");
		assertThat(phone.text("#total-boys")).isEqualTo("3");
		assertThat(phone.text("#total-girls")).isEqualTo("3");
		assertThat(phone.all("#encounter-list tbody tr")).hasSize(2);
		assertThat(phone.text("#encounter-list tbody")).contains("Alkohol, Skole og fravær");
		phone.assertAccessible();

		phone.go("/");
		phone.click("#end-shift");
		assertThat(phone.heading()).isEqualTo("Avslutt vakt");
		phone.assertAccessible();
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Vakten er avsluttet.");
		assertThat(phone.text("#shift-card h2")).isEqualTo("Du har ingen åpen vakt");
	}

	private void plus(String gender, int band, int taps) {
		for (int i = 0; i < taps; i++) {
			phone.click("button[data-target='count-" + gender + "-" + band + "'][data-step='1']");
		}
	}

}
