package no.feltlogg.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * On a phone-sized window (390 px), with axe on every page: a worker records a help
 * measure for child welfare with its plan, is told at the field what is missing, records
 * a follow-up against a goal and fetches the report; a leader opens the area meeting's
 * extract and downloads its PDF.
 */
@IntegrationTest
class MeasuresJourneyBrowserTest {

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	TestStaff.Municipality municipality;

	LocalDate today = LocalDate.now(Oslo.ZONE);

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
	}

	@Test
	void aWorkerRecordsAHelpMeasureWithItsPlanAndAFollowUpOnAPhone() throws Exception {
		var worker = municipality.account(Role.WORKER);
		var user = municipality.user(worker);
		var name = "Sander Lund " + UUID.randomUUID().toString().substring(0, 4);
		var youth = YouthFixtures.register(records, user, name, Birth.of(today.minusYears(14).minusMonths(5)));
		AsUser.run(user, () -> records.giveConsent(user, youth, new NewConsent(ConsentScope.CHILD_WELFARE, null, null,
				ConsentGiver.YOUTH, HowGiven.WRITTEN, today.minusDays(2), null, null)));

		try (var phone = Browser.phone(port)) {
			phone.login(worker, TestStaff.PASSWORD);
			phone.go("/youth/" + youth);
			phone.click("#new-measure");
			assertThat(phone.heading()).isEqualTo("Nytt hjelpetiltak for " + name);
			phone.assertAccessible();
			phone.type("title", "Miljøarbeider som støttekontakt");
			phone.type("hoursPerWeek", "2,5");
			phone.click("input[name=consentId]");
			phone.click("#measure-form button[type=submit]");
			assertThat(phone.text("#refused")).contains("Tiltaket er ikke lagret");
			assertThat(phone.text("#goals-error")).contains("Dette feltet må fylles ut");
			assertThat(phone.find("#goals").getAttribute("aria-describedby")).contains("goals-error");
			phone.assertAccessible();

			phone.type("goals", "Møte kontaktpersonen hver uke\nBegynne på en fritidsaktivitet");
			phone.click("#measure-form button[type=submit]");
			assertThat(phone.text("[role=status]")).isEqualTo("Hjelpetiltaket er lagret.");
			assertThat(phone.heading()).isEqualTo("Hjelpetiltak: Miljøarbeider som støttekontakt");
			assertThat(phone.text("#goals")).contains("Møte kontaktpersonen hver uke")
				.contains("Begynne på en fritidsaktivitet");
			assertThat(phone.text("#consent")).contains("Ungdommen").contains("Gyldig");
			phone.assertAccessible();

			var goals = new Select(phone.find("#goalId"));
			goals.selectByVisibleText("Begynne på en fritidsaktivitet");
			phone.type("hours", "1,5");
			phone.type("note", "Var med på prøvetrening i klatreklubben.");
			phone.click("#save-follow-up");
			assertThat(phone.text("[role=status]")).isEqualTo("Oppfølgingen er lagret.");
			assertThat(phone.text("#follow-ups")).contains("Begynne på en fritidsaktivitet")
				.contains("Var med på prøvetrening i klatreklubben.")
				.contains("1,5 timer");
			assertThat(phone.text("#recorded-hours")).isEqualTo("1,5");
			phone.assertAccessible();

			var pdf = download(phone, "#report-pdf");
			try (var document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Rapport til barnevernet")
					.contains("Var med på prøvetrening i klatreklubben.");
			}

			phone.go("/measures");
			assertThat(phone.text("#measures")).contains(name + ": Miljøarbeider som støttekontakt");
			phone.assertAccessible();
		}
	}

	@Test
	void aLeaderOpensTheAreaExtractAndDownloadsItsPdfOnAPhone() throws Exception {
		var leader = municipality.account(Role.LEADER);
		var user = municipality.user(leader);
		var label = "Torget " + UUID.randomUUID().toString().substring(0, 4);
		var area = catalog.ensure(municipality.teamA, CodeKind.AREA, label, null).id();
		var at = ZonedDateTime.of(today, LocalTime.NOON, Oslo.ZONE).toOffsetDateTime();
		jdbc.update("""
				insert into field_observation (id, team_id, observed_at, local_date, area_id, kinds, severity, note,
				  created_by, created_at) values (?, ?, ?, ?, ?, '{GATHERING}', 'LOW', ?, ?, now())""",
				UUID.randomUUID(), municipality.teamA, at, today, area, "Rolig kveld, tjue ungdommer ved fontenen",
				user.accountId());

		try (var phone = Browser.phone(port)) {
			phone.login(leader, TestStaff.PASSWORD);
			phone.go("/fieldwork/area-extract");
			assertThat(phone.heading()).isEqualTo("Uttrekk til områdemøte");
			phone.assertAccessible();
			var box = phone.find("input[name=area][value='" + area + "']");
			phone.click("label[for='" + box.getAttribute("id") + "']");
			phone.click("#show-extract");
			assertThat(phone.text("#extract-observations")).contains("Samling av ungdom");
			assertThat(phone.text("#extract-notes")).contains("Rolig kveld, tjue ungdommer ved fontenen");
			phone.assertAccessible();

			var pdf = download(phone, "#extract-pdf");
			try (var document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Uttrekk til områdemøte")
					.contains("Feltobservasjoner etter type og uke")
					.contains("Notater fra feltobservasjonene")
					.contains(label);
			}
		}
	}

	/**
	 * Fetches what a link points at with the browser's session, as the browser's download
	 * would.
	 */
	private static byte[] download(Browser browser, String css) throws Exception {
		var href = browser.find(css).getAttribute("href");
		var cookies = new StringBuilder();
		browser.driver()
			.manage()
			.getCookies()
			.forEach(c -> cookies.append(c.getName()).append('=').append(c.getValue()).append("; "));
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies.toString()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;");
		return response.body();
	}

}
