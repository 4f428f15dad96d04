package no.feltlogg.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The leader's and the administrator's retention pages in a phone-sized browser,
 * keyboard-free checks and axe.
 */
@IntegrationTest
class RetentionBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	RetentionRules rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void theLeaderHoldsAYouthAndTheAdministratorConfirmsTheRules() {
		var municipality = staff.newMunicipality();
		var workerName = municipality.account(Role.WORKER);
		var worker = municipality.user(workerName);
		var leader = municipality.account(Role.LEADER);
		var admin = municipality.account(Role.ADMIN);
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		rules.confirm(municipality.id, municipality.user(admin).accountId(),
				Map.of(RuleKind.YOUTH_RECORD, 12, RuleKind.ACCESS_LOG, 120), Map.of());
		var youth = YouthFixtures.register(records, worker, "Vilde Venter", Birth.of(LocalDate.of(2008, 3, 3)));
		AsUser.run(worker, () -> records.close(worker, youth));
		jdbc.sql("update youth set closed_on = ? where id = ?")
			.params(today.minusMonths(12).plusDays(5), youth)
			.update();

		browser.login(leader, TestStaff.PASSWORD);
		browser.click("a[href='/team/retention']");
		assertThat(browser.heading()).isEqualTo("Anonymiseres snart");
		assertThat(browser.text("#youth-" + youth)).contains("Vilde Venter");
		browser.assertAccessible();
		new Select(browser.find("#hold-youth")).selectByVisibleText("Vilde Venter");
		browser.click("#hold-form button[type=submit]");
		assertThat(browser.text("#reason-error")).isNotBlank();
		assertThat(browser.find("#hold-reason").getAttribute("aria-describedby")).isEqualTo("reason-error");
		browser.assertAccessible();
		browser.type("hold-reason", "Pågående sak hos barnevernet");
		browser.click("#hold-form button[type=submit]");
		assertThat(browser.text("#youth-" + youth)).contains("Pågående sak hos barnevernet");
		assertThat(browser.driver().findElements(By.cssSelector("#lift-youth option"))).hasSize(2);
		browser.assertAccessible();
		browser.logout();

		browser.login(admin, TestStaff.PASSWORD);
		browser.click("a[href='/admin/retention']");
		assertThat(browser.heading()).isEqualTo("Sletting og anonymisering");
		assertThat(browser.text("#status-held")).isEqualTo("1");
		browser.assertAccessible();
		browser.type("accessLog", "6");
		browser.click("form[action='/admin/retention/rules'] button[type=submit]");
		assertThat(browser.text("#accessLog-error")).contains("minst 12");
		browser.assertAccessible();
		browser.type("accessLog", "120");
		browser.click("form[action='/admin/retention/rules'] button[type=submit]");
		assertThat(browser.text("#rule-ACCESS_LOG")).contains("Bekreftet");
		browser.click("form[action='/admin/retention/run'] button[type=submit]");
		assertThat(browser.find("#runs").getText()).contains("Administrator");
		browser.assertAccessible();
		browser.logout();
	}

}
