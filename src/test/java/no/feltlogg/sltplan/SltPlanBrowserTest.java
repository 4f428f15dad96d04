package no.feltlogg.sltplan;

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
 * On a phone (issue 18): the SLT coordinator makes an SLT area and a measure of the
 * action plan, then narrows the trends to that area and finds the measure beside the
 * curves; an administrator makes an API token and sees it once. Every page passes axe.
 */
@IntegrationTest
class SltPlanBrowserTest {

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
	void theCoordinatorPlansAMeasureAndSeesItBesideTheTrendsOfItsArea() {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.SLT), TestStaff.PASSWORD);
		phone.click("a[href='/slt/plan']");
		assertThat(phone.heading()).isEqualTo("Handlingsplan for SLT");
		phone.assertAccessible();

		phone.click("a[href='/slt/plan/areas/new']");
		phone.assertAccessible();
		phone.type("name", "Sentrum og Torget");
		phone.click("input[name=areaNames][value='Sentrum'] ~ label");
		phone.click("form button[type=submit].primary");
		assertThat(phone.text("[role=status]")).isEqualTo("SLT-området er lagret.");

		phone.click("a[href='/slt/plan/measures/new']");
		phone.click("form button[type=submit].primary"); // nothing typed: the errors at
															// the fields
		assertThat(phone.text("#name-error")).isEqualTo("Dette feltet må fylles ut.");
		phone.assertAccessible();
		phone.type("name", "Natteravner i sentrum");
		phone.type("targetGroup", "Ungdom 13–18 år");
		phone.type("responsibleUnit", "Frivilligsentralen");
		phone.type("startsOn", "01.01.2025");
		phone.click("input[name=status][value=ACTIVE] ~ label");
		phone.click("input[name=areaIds] ~ label");
		phone.click("form button[type=submit].primary");
		assertThat(phone.text("[role=status]")).isEqualTo("Tiltaket er lagret.");
		assertThat(phone.text("#measures")).contains("Natteravner i sentrum", "Sentrum og Torget", "Pågår");
		phone.assertAccessible();

		phone.click("#slt-areas a[href^='/slt/trends']");
		assertThat(phone.text("#slt-area-measures")).contains("Tiltak i Sentrum og Torget", "Natteravner i sentrum");
		assertThat(phone.all("#section-trendArea")).hasSize(1);
		phone.assertAccessible();
	}

	@Test
	void anAdministratorMakesATokenAndSeesItOnce() {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.ADMIN), TestStaff.PASSWORD);
		phone.click("a.button[href='/admin/tokens']");
		assertThat(phone.heading()).isEqualTo("API-nøkler");
		phone.assertAccessible();
		phone.type("name", "Kommunens dashbord");
		phone.click("form button[type=submit].primary");
		var token = phone.find("#token-value").getAttribute("value");
		assertThat(token).startsWith("flt_");
		phone.assertAccessible();
		phone.go("/admin/tokens");
		assertThat(phone.all("#token-value")).isEmpty();
		assertThat(phone.driver().getPageSource()).contains("Kommunens dashbord").doesNotContain(token);
	}

}
