package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The worker's journey with a registered youth in a real browser: registration with an
 * oral consent, a draft that is signed and then corrected, priority yellow then red, all
 * on the timeline; then the leader reads the access log.
 */
@IntegrationTest
class YouthJourneyBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	TestStaff.Municipality municipality;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.open(port);
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
	void aWorkerFollowsAYouthUpAndTheLeaderSeesEveryReadAndChange() {
		var worker = municipality.account(Role.WORKER);
		var leader = municipality.account(Role.LEADER);
		var name = "Sofie Ødegård " + UUID.randomUUID().toString().substring(0, 4);

		browser.login(worker, TestStaff.PASSWORD);
		browser.click("nav a[href='/youth']");
		assertThat(browser.heading()).isEqualTo("Ungdommer");
		browser.assertAccessible();
		browser.click("a[href='/youth/new']");
		browser.assertAccessible();

		browser.type("name", name).type("birth", "14.02.2010");
		browser.click("main button[type=submit]");
		assertThat(browser.text("#consentGiven-error")).contains("Uten samtykke kan ungdommen ikke registreres");
		browser.assertAccessible();
		browser.click("label[for=consentGiven1]");
		assertThat(browser.find("input[name=consentHow][value=ORAL]").isSelected()).isTrue();
		browser.click("main button[type=submit]");

		assertThat(browser.text("[role=status]")).isEqualTo("Ungdommen er registrert.");
		assertThat(browser.heading()).contains(name);
		var youthPath = browser.path();
		assertThat(browser.text("#consents")).contains("Registrering")
			.contains("Ungdommen, Muntlig")
			.contains("Gyldig");
		browser.assertAccessible();

		browser.click("a[href^='/journal/new']");
		browser.assertAccessible();
		browser.click("label[for=type1]");
		browser.type("durationMinutes", "45");
		browser.type("text", "Møttes på biblioteket. Sofie forteller at hun gruer seg til skolen og sover dårlig.");
		browser.click("button[value=draft]");
		assertThat(browser.text("[role=status]")).contains("Utkastet er lagret");
		assertThat(browser.text("#entry")).contains("Utkast, ikke signert").contains("gruer seg til skolen");
		browser.assertAccessible();

		browser.click("#sign");
		assertThat(browser.text("[role=status]")).contains("Notatet er signert");
		assertThat(browser.text("#entry")).contains("Signert");
		assertThat(browser.all("#sign")).isEmpty();

		browser.click("#write-correction");
		assertThat(browser.heading()).isEqualTo("Rettelse av journalnotat");
		browser.assertAccessible();
		browser.type("text", "Rettelse: Vi møttes på fritidsklubben, ikke på biblioteket.");
		browser.click("button[value=sign]");
		assertThat(browser.text("[role=status]")).isEqualTo("Rettelsen er lagret.");
		assertThat(browser.text("#corrects")).contains("Møttes på biblioteket");
		assertThat(browser.text("#entry")).contains("fritidsklubben");
		browser.assertAccessible();

		setPriority(youthPath, "YELLOW", "Søker seg mot en eldre gruppe i sentrum.");
		setPriority(youthPath, "RED", "Anmeldt for trusler mot en medelev.");
		assertThat(browser.text("#priority-history")).contains("Fra Gul til Rød").contains("Satt til Gul");

		var timeline = browser.text("#timeline");
		assertThat(timeline).contains("Registrert med navn")
			.contains("Samtykke til registrering gitt")
			.contains("Prioritet satt til gul")
			.contains("Prioritet satt til rød")
			.contains("Oppfølgingssamtale")
			.contains("Rettet")
			.contains("Rettelse")
			.contains("fritidsklubben");
		assertThat(browser.all("#timeline a[href^='/journal/']")).hasSize(2);
		browser.assertAccessible();
		browser.logout();

		browser.login(leader, TestStaff.PASSWORD);
		browser.go(youthPath);
		browser.click("a[href$='/log']");
		assertThat(browser.heading()).isEqualTo("Tilgangslogg for " + name);
		browser.assertAccessible();
		var rows = browser.all("#access-log tbody tr");
		assertThat(whatBy(rows, worker, "Registrering")).isEqualTo(1);
		assertThat(whatBy(rows, worker, "Journalnotat, utkast skrevet")).isEqualTo(1);
		assertThat(whatBy(rows, worker, "Journalnotat signert")).isEqualTo(1);
		assertThat(whatBy(rows, worker, "Journalnotat rettet")).isEqualTo(1);
		assertThat(whatBy(rows, worker, "Prioritet")).isEqualTo(2);
		assertThat(whatBy(rows, worker, "Journalnotat"))
			.as("the draft, the signed entry, the entry shown above the correction form, and the correction")
			.isEqualTo(4);
		assertThat(whatBy(rows, worker, "Ungdommens side"))
			.as("after registering, and before and after each priority change")
			.isEqualTo(5);
		assertThat(whatBy(rows, leader, "Ungdommens side")).isEqualTo(1);
		assertThat(whatBy(rows, leader, "Tilgangslogg")).isEqualTo(1);
		assertThat(rows.stream().allMatch(r -> r.getText().contains("Tillatt"))).isTrue();
	}

	private void setPriority(String youthPath, String level, String reason) {
		browser.go(youthPath);
		browser.click("a[href$='/priority']");
		browser.click("input[name=level][value=" + level + "]");
		browser.type("reason", reason);
		browser.assertAccessible();
		browser.click("main button[type=submit]");
		assertThat(browser.text("[role=status]")).isEqualTo("Prioriteten er endret.");
	}

	private static long whatBy(java.util.List<WebElement> rows, String username, String what) {
		return rows.stream()
			.filter(r -> r.findElements(By.tagName("td")).get(1).getText().contains(username))
			.filter(r -> r.findElement(By.cssSelector(".what")).getText().equals(what))
			.count();
	}

}
