package no.feltlogg.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The referral journey in a real browser, with axe on every page: a worker records a
 * youth's oral consent to share with the youth health clinic, refers the youth there
 * under that consent, marks the referral sent and completed; then refers the youth to
 * child welfare under the duty to inform, is stopped until the justification is written,
 * and the leader sees the notification on the home page and marks it seen.
 */
@IntegrationTest
class ReferralJourneyBrowserTest {

	static Browser browser;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Catalog catalog;

	@LocalServerPort
	int port;

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
	void aWorkerRefersWithConsentAndUnderTheDutyToInformAndTheLeaderIsNotified() {
		var worker = municipality.account(Role.WORKER);
		var leader = municipality.account(Role.LEADER);
		var name = "Ida Marie Solheim " + UUID.randomUUID().toString().substring(0, 4);
		var youth = YouthFixtures.register(records, municipality.user(worker), name,
				Birth.of(LocalDate.now(Oslo.ZONE).minusYears(16).minusMonths(4)));
		var clinic = service(ServiceKind.YOUTH_HEALTH_CLINIC);
		var childWelfare = service(ServiceKind.CHILD_WELFARE);

		browser.login(worker, TestStaff.PASSWORD);
		browser.go("/youth/" + youth);
		browser.click("a[href$='/consents/new']");
		browser.assertAccessible();
		browser.click("input[name=scope][value=SHARING]");
		new Select(browser.find("#serviceId")).selectByValue(clinic.toString());
		assertThat(browser.find("input[name=givenBy][value=YOUTH]").isSelected()).isTrue();
		assertThat(browser.find("input[name=howGiven][value=ORAL]").isSelected()).isTrue();
		browser.click("main button[type=submit]");
		assertThat(browser.text("#consents")).contains("Helsestasjon for ungdom").contains("Ungdommen, Muntlig");

		browser.click("#new-referral");
		assertThat(browser.heading()).isEqualTo("Ny henvisning for " + name);
		browser.assertAccessible();
		new Select(browser.find("#serviceId")).selectByValue(clinic.toString());
		browser.click("input[name=form][value=ACCOMPANIED]");
		browser.type("reason", "Ida vil snakke med noen om rus og søvn, og vil ha følge første gang.");
		browser.click("label.chip:has(input[value=drugs])");
		browser.type("sharedInformation", "Navn, alder, og at hun ønsker en samtale om rus og søvn.");
		browser.click("input[name=consentId]");
		browser.click("main form button[type=submit]");

		assertThat(browser.text("[role=status]")).isEqualTo("Henvisningen er lagret.");
		assertThat(browser.heading()).isEqualTo("Fulgt fysisk til Helsestasjon for ungdom");
		assertThat(browser.text("#consent")).contains("Ungdommen, Muntlig").contains("Gyldig");
		assertThat(browser.text("#status")).isEqualTo("Planlagt");
		browser.assertAccessible();

		browser.click("input[name=to][value=SENT]");
		browser.click("#save-status");
		assertThat(browser.text("[role=status]")).isEqualTo("Henvisningen er markert som sendt.");
		browser.click("input[name=to][value=COMPLETED]");
		browser.type("note", "Var med til helsestasjonen. Hun fikk ny time om to uker.");
		browser.click("#save-status");
		assertThat(browser.text("[role=status]")).isEqualTo("Henvisningen er markert som fullført.");
		assertThat(browser.text("#status")).isEqualTo("Fullført");
		assertThat(browser.all("#status-history li")).hasSize(3);
		assertThat(browser.text("#status-history")).contains("Planlagt")
			.contains("Sendt")
			.contains("Fullført")
			.contains("Var med til helsestasjonen")
			.contains("av Test worker");
		assertThat(browser.all("#status-form")).isEmpty();
		browser.assertAccessible();

		browser.go("/youth/" + youth);
		browser.click("#new-referral");
		new Select(browser.find("#serviceId")).selectByValue(childWelfare.toString());
		browser.type("reason", "Bekymring for omsorgen hjemme.");
		browser.type("sharedInformation", "Det Ida fortalte i samtalen, med hennes ord.");
		browser.click("input[name=legalBasis][value=DUTY_TO_INFORM_CHILD_WELFARE]");
		browser.click("main form button[type=submit]");
		assertThat(browser.text("#refused")).contains("Henvisningen er ikke lagret");
		assertThat(browser.text("#justification-error")).contains("Skriv hvorfor opplysningsplikten gjelder");
		assertThat(browser.find("#justification").getAttribute("aria-describedby")).contains("justification-error");
		browser.assertAccessible();
		browser.type("justification",
				"Ida forteller at moren slår henne når hun kommer sent hjem, og viste blåmerker på armen.");
		browser.click("main form button[type=submit]");
		assertThat(browser.text("[role=status]")).isEqualTo("Henvisningen er lagret, og leder er varslet.");
		assertThat(browser.text("#legal-basis")).isEqualTo("Opplysningsplikt til barnevernet");
		assertThat(browser.text("#leader-notification")).contains("Leder er varslet og har ikke sett den ennå");
		browser.assertAccessible();

		browser.go("/youth/" + youth);
		assertThat(browser.text("#timeline")).contains("Fulgt fysisk til Helsestasjon for ungdom")
			.contains("Henvist til Barnevernstjenesten")
			.contains("Samtykke til deling gitt");
		browser.logout();

		browser.login(leader, TestStaff.PASSWORD);
		assertThat(browser.text("#duty-notifications")).contains(name + " til Barnevernstjenesten")
			.contains("Opplysningsplikt til barnevernet");
		browser.assertAccessible();
		browser.click("#duty-notifications a");
		assertThat(browser.text("#justification")).contains("viste blåmerker på armen");
		browser.click("#mark-seen");
		assertThat(browser.text("[role=status]")).isEqualTo("Varselet er merket som sett.");
		assertThat(browser.text("#leader-notification")).contains("Sett av Test leader");
		browser.assertAccessible();

		browser.go("/referrals/overview");
		assertThat(browser.heading()).isEqualTo("Lederoversikt over henvisninger");
		assertThat(browser.text("#notifications-seen")).contains(name);
		browser.assertAccessible();
		browser.go("/");
		assertThat(browser.driver().findElements(By.id("duty-notifications"))).isEmpty();
	}

	@Test
	void guidanceIsLoggedInAFewTapsOnAPhone() {
		var worker = municipality.account(Role.WORKER);
		try (var phone = Browser.phone(port)) {
			phone.login(worker, TestStaff.PASSWORD);
			phone.click("nav a[href='/referrals']");
			assertThat(phone.heading()).isEqualTo("Henvisninger");
			phone.assertAccessible();
			phone.click("a[href='/referrals/guidance/new']");
			phone.assertAccessible();
			phone.click("input[name=serviceId]");
			phone.click("label.chip:has(input[value=sexuality])");
			phone.click("main form button[type=submit]");
			assertThat(phone.text("[role=status]")).isEqualTo("Den anonyme veiledningen er registrert.");
			assertThat(phone.text("#guidance")).contains("Seksualitet og grenser");
			phone.assertAccessible();

			phone.go("/referrals/parents/new");
			phone.assertAccessible();
			phone.click("input[name=channel][value=PHONE]");
			phone.click("label.chip:has(input[value=cannabis])");
			phone.click("main form button[type=submit]");
			assertThat(phone.text("[role=status]")).isEqualTo("Veiledningen til foresatte er registrert.");
			assertThat(phone.text("#parent-guidance")).contains("Telefon").contains("Cannabis");
			phone.assertAccessible();
		}
	}

	private UUID service(ServiceKind kind) {
		return catalog.activeServices(municipality.teamA)
			.stream()
			.filter(s -> s.kind() == kind)
			.findFirst()
			.orElseThrow()
			.id();
	}

}
