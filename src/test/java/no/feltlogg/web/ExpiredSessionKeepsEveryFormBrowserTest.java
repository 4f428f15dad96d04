package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The session runs out in the middle of every kind of form (issue 15, ADR 0033): on a 390
 * px Chromium the session cookie is deleted while the person types, she saves, signs in
 * again, lands on the same form with what she typed, saves once more, and exactly one
 * record is stored. A stale token while signed in sends her back to the form, never to
 * the 403 page about her role.
 */
@IntegrationTest
class ExpiredSessionKeepsEveryFormBrowserTest {

	static Browser phone;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	String worker;

	UUID youth;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		phone.close();
	}

	@BeforeEach
	void signIn() {
		municipality = staff.newMunicipality();
		worker = municipality.account(Role.WORKER);
		youth = YouthFixtures.register(records, municipality.user(worker), "Sofie Nattvakt",
				Birth.of(LocalDate.now(Oslo.ZONE).minusYears(16)));
		phone.driver().manage().deleteAllCookies();
		phone.go("/login?logout"); // a fresh tab's storage
		phone.login(worker, TestStaff.PASSWORD);
	}

	@Test
	void aYouthRegistrationComesBack() {
		phone.go("/youth/new");
		phone.type("name", "Jonas Mørkeskog").type("birth", "14.02.2010");
		phone.click("label[for=consentGiven1]");
		expireSaveAndSignInAgain("main form button[type=submit]", "/youth/new");
		assertThat(value("name")).isEqualTo("Jonas Mørkeskog");
		assertThat(value("birth")).isEqualTo("14.02.2010");
		assertThat(phone.find("#consentGiven1").isSelected()).isTrue();
		assertThat(count("select count(*) from youth where team_id = ?", municipality.teamA)).isEqualTo(1);
		phone.click("main form button[type=submit]");
		assertThat(count("select count(*) from youth where team_id = ?", municipality.teamA)).isEqualTo(2);
	}

	@Test
	void aLongJournalNoteComesBackWhole() {
		var text = longText(9120);
		phone.go("/journal/new?youth=" + youth);
		phone.click("label[for=type1]");
		phone.type("durationMinutes", "45");
		setValue("text", text);
		expireSaveAndSignInAgain("button[value=draft]", "/journal/new");
		assertThat(value("text")).isEqualTo(text);
		assertThat(value("durationMinutes")).isEqualTo("45");
		assertThat(phone.find("#type1").isSelected()).isTrue();
		assertThat(count("select count(*) from journal_entry where youth_id = ?", youth)).isZero();
		phone.click("button[value=draft]");
		assertThat(count("select count(*) from journal_entry where youth_id = ?", youth)).isEqualTo(1);
	}

	@Test
	void aConsentAReferralAndAStatusChangeComeBack() {
		var clinic = catalog.activeServices(municipality.teamA)
			.stream()
			.filter(s -> s.kind() == ServiceKind.YOUTH_HEALTH_CLINIC)
			.findFirst()
			.orElseThrow()
			.id();
		phone.go("/youth/" + youth + "/consents/new");
		phone.click("input[name=scope][value=SHARING]");
		new Select(phone.find("#serviceId")).selectByValue(clinic.toString());
		phone.click("input[name=howGiven][value=WRITTEN]");
		expireSaveAndSignInAgain("main button[type=submit]", "/youth/" + youth + "/consents/new");
		assertThat(phone.find("input[name=scope][value=SHARING]").isSelected()).isTrue();
		assertThat(phone.find("input[name=howGiven][value=WRITTEN]").isSelected()).isTrue();
		assertThat(new Select(phone.find("#serviceId")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(clinic.toString());
		phone.click("main button[type=submit]");
		assertThat(count("select count(*) from consent where youth_id = ? and scope = 'SHARING'", youth)).isEqualTo(1);

		phone.go("/referrals/new?youth=" + youth);
		new Select(phone.find("#serviceId")).selectByValue(clinic.toString());
		phone.click("input[name=form][value=ACCOMPANIED]");
		phone.type("reason", "Vil snakke med noen om søvn, og vil ha følge første gang.");
		phone.type("sharedInformation", "Navn, alder og at hun ønsker en samtale.");
		phone.click("input[name=consentId]");
		expireSaveAndSignInAgain("main form button[type=submit]", "/referrals/new");
		assertThat(value("reason")).isEqualTo("Vil snakke med noen om søvn, og vil ha følge første gang.");
		assertThat(value("sharedInformation")).isEqualTo("Navn, alder og at hun ønsker en samtale.");
		assertThat(count("select count(*) from referral where youth_id = ?", youth)).isZero();
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Henvisningen er lagret.");
		assertThat(count("select count(*) from referral where youth_id = ?", youth)).isEqualTo(1);
		var referralPage = phone.path();

		phone.click("input[name=to][value=SENT]");
		phone.type("note", "Sendt i dag, hun får svar på SMS.");
		expireSaveAndSignInAgain("#save-status", referralPage);
		assertThat(phone.find("input[name=to][value=SENT]").isSelected()).isTrue();
		assertThat(value("note")).isEqualTo("Sendt i dag, hun får svar på SMS.");
		assertThat(phone.text("#status")).isEqualTo("Planlagt");
		phone.click("#save-status");
		assertThat(phone.text("[role=status]")).isEqualTo("Henvisningen er markert som sendt.");
		assertThat(count("select count(*) from referral_status_change c join referral r on r.id = c.referral_id "
				+ "where r.youth_id = ? and c.to_status = 'SENT'", youth))
			.isEqualTo(1);
	}

	@Test
	void aCorrectedEncounterComesBack() {
		phone.go("/fieldwork/encounters/new");
		phone.click("button[data-target='count-BOY-1'][data-step='1']");
		phone.click("main form button[type=submit]");
		var encounter = jdbc.queryForObject("select id from encounter where team_id = ?", UUID.class,
				municipality.teamA);
		phone.go("/fieldwork/encounters/" + encounter);
		phone.type("count-GIRL-1", "3");
		expireSaveAndSignInAgain("main form button.primary[type=submit]", "/fieldwork/encounters/" + encounter);
		assertThat(value("count-GIRL-1")).isEqualTo("3");
		assertThat(value("count-BOY-1")).isEqualTo("1");
		phone.click("main form button.primary[type=submit]");
		assertThat(count("select count(*) from encounter where team_id = ?", municipality.teamA)).isEqualTo(1);
		assertThat(count("select coalesce(sum(c.count), 0) from encounter_count c join encounter e on e.id = "
				+ "c.encounter_id where e.team_id = ?", municipality.teamA))
			.isEqualTo(4);
	}

	@Test
	void aGroupAndAnAttendanceListComeBack() {
		var yesterday = no.feltlogg.shared.DateFormats.DATE.format(LocalDate.now(Oslo.ZONE).minusDays(1));
		phone.go("/groups/new");
		phone.type("name", "Nattgruppa");
		phone.type("startsOn", yesterday);
		phone.type("plannedSessions", "8");
		phone.click("label[for='" + phone.find("input[name=status][value=RUNNING]").getAttribute("id") + "']");
		phone.click("label[for='" + phone.find("input[name=recruitment][value=OUTREACH]").getAttribute("id") + "']");
		expireSaveAndSignInAgain("main form button[type=submit]", "/groups/new");
		assertThat(value("name")).isEqualTo("Nattgruppa");
		assertThat(value("plannedSessions")).isEqualTo("8");
		assertThat(phone.find("input[name=recruitment][value=OUTREACH]").isSelected()).isTrue();
		assertThat(count("select count(*) from activity_group where team_id = ?", municipality.teamA)).isZero();
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Gruppen er opprettet.");
		assertThat(count("select count(*) from activity_group where team_id = ?", municipality.teamA)).isEqualTo(1);

		phone.click("#add-participants");
		phone.click("label[for=youth-0]");
		phone.type("joinedOn", yesterday);
		phone.click("#add-chosen");
		phone.click("#new-session");
		phone.type("date", yesterday);
		phone.type("activity", "Kveldstur");
		phone.click("#save-and-take");
		var attendancePage = phone.path();
		phone.click("label[for='mark-0-ABSENT']");
		expireSaveAndSignInAgain("#save-attendance", attendancePage);
		assertThat(phone.driver().findElement(org.openqa.selenium.By.id("mark-0-ABSENT")).isSelected()).isTrue();
		assertThat(count("select count(*) from group_attendance a join group_session s on s.id = a.session_id "
				+ "where s.team_id = ?", municipality.teamA))
			.isZero();
		phone.click("#save-attendance");
		assertThat(phone.text("[role=status]")).isEqualTo("Oppmøtet er lagret.");
		assertThat(count("select count(*) from group_attendance a join group_session s on s.id = a.session_id "
				+ "where s.team_id = ?", municipality.teamA))
			.isEqualTo(1);
	}

	@Test
	void anAdminFormComesBack() {
		var admin = municipality.account(Role.ADMIN);
		phone.driver().manage().deleteAllCookies();
		phone.login(admin, TestStaff.PASSWORD);
		phone.go("/admin/teams");
		phone.type("name", "Uteteam natt");
		worker = admin;
		expireSaveAndSignInAgain("main form button[type=submit]", "/admin/teams");
		assertThat(value("name")).isEqualTo("Uteteam natt");
		assertThat(count("select count(*) from team where name = 'Uteteam natt'")).isZero();
		phone.click("main form button[type=submit]");
		assertThat(count("select count(*) from team where name = 'Uteteam natt'")).isEqualTo(1);
	}

	@Test
	void aStaleTokenWhileSignedInSendsBackToTheFormNotToThe403Page() {
		phone.go("/youth/new");
		assertThat(phone.heading()).as(phone.path()).isEqualTo("Registrer ungdom");
		phone.type("name", "Mia Gammelside");
		((JavascriptExecutor) phone.driver())
			.executeScript("document.querySelector('main form input[name=_csrf]').value = 'stale';");
		phone.click("main form button[type=submit]");
		phone.waitFor(d -> phone.path().startsWith("/youth/new"));
		assertThat(phone.heading()).isNotEqualTo("Ingen tilgang");
		assertThat(phone.find("#draft-restored").getText()).contains("hentet tilbake");
		assertThat(value("name")).isEqualTo("Mia Gammelside");
		phone.assertAccessible();
	}

	private void expireSaveAndSignInAgain(String submit, String formPage) {
		phone.driver().manage().deleteCookieNamed(SessionCookie.NAME);
		phone.click(submit);
		assertThat(phone.path()).startsWith("/login");
		assertThat(phone.find("#login-expired").getText()).contains("Økten din var utløpt");
		phone.type("username", worker).type("password", TestStaff.PASSWORD);
		phone.click("form[action='/login'] button[type=submit]");
		phone.waitFor(d -> phone.path().startsWith(formPage));
		assertThat(phone.heading()).isNotEqualTo("Ingen tilgang");
		assertThat(phone.find("#draft-restored").getText()).contains("hentet tilbake");
		assertThat(phone.path()).as("the flag is taken off the address").doesNotContain("draft=restore");
	}

	private String value(String id) {
		return phone.find("#" + id).getDomProperty("value");
	}

	private void setValue(String id, String text) {
		// sendKeys of 9 120 characters takes long: set it and tell the page, as typing
		// does
		((JavascriptExecutor) phone.driver())
			.executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
					+ "e.dispatchEvent(new Event('input', {bubbles: true}));", id, text);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	private static String longText(int length) {
		var sentence = "Møtte henne ved stasjonen klokka halv to, hun fortalte om natta og om skolen. ";
		var text = new StringBuilder();
		while (text.length() < length) {
			text.append(sentence);
		}
		return text.substring(0, length).strip() + "x".repeat(length - text.substring(0, length).strip().length());
	}

}
