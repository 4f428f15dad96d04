package no.feltlogg.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * A worker on a phone-sized screen creates a girls' group at a school, adds eight
 * participants, holds two sessions taking attendance with one tap per youth, and reads
 * attendance per session and per youth; every page checked with axe.
 */
@IntegrationTest
class GroupsJourneyBrowserTest {

	static final List<String> GIRLS = List.of("Amalie", "Berit", "Cecilie", "Dina", "Elise", "Frida", "Guro", "Hedda");

	static Browser phone;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Catalog catalog;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		phone.close();
	}

	@Test
	void aWorkerRunsAGirlsGroupAtASchoolAndTakesAttendanceOnAPhone() {
		var municipality = staff.newMunicipality();
		var username = municipality.account(Role.WORKER);
		var worker = municipality.user(username);
		catalog.addSchool(municipality.teamA, "Elvedal ungdomsskole", SchoolLevel.LOWER_SECONDARY);
		var surname = " Gruppesen";
		for (var girl : GIRLS) {
			YouthFixtures.register(records, worker, girl + surname,
					Birth.year(LocalDate.now(Oslo.ZONE).getYear() - 14));
		}
		var yesterday = DateFormats.DATE.format(LocalDate.now(Oslo.ZONE).minusDays(1));

		phone.driver().manage().deleteAllCookies();
		phone.login(username, TestStaff.PASSWORD);
		phone.click("nav a[href='/groups']");
		assertThat(phone.heading()).isEqualTo("Grupper");
		assertThat(phone.text("main")).contains("Teamet har ingen grupper ennå.");
		phone.assertAccessible();

		// the group: a girls' group at the school, ten sessions planned
		phone.click("#new-group");
		assertThat(phone.heading()).isEqualTo("Ny gruppe");
		phone.assertAccessible();
		phone.type("name", "Jentegruppa 9B");
		assertThat(phone.find("input[name=typeCode][value=girls]").isSelected()).isTrue();
		new Select(phone.find("#schoolId")).selectByVisibleText("Elvedal ungdomsskole");
		phone.type("startsOn", yesterday);
		phone.type("plannedSessions", "10");
		phone.click("label[for='" + phone.find("input[name=status][value=RUNNING]").getAttribute("id") + "']");
		phone.click("label[for='" + phone.find("input[name=recruitment][value=SCHOOL]").getAttribute("id") + "']");
		phone.click("main form button[type=submit]");
		assertThat(phone.text("[role=status]")).isEqualTo("Gruppen er opprettet.");
		assertThat(phone.heading()).contains("Jentegruppa 9B").contains("Pågår");
		assertThat(phone.text("#group-facts")).contains("Jentegruppe (Sisterhood)").contains("Elvedal ungdomsskole");
		phone.assertAccessible();

		// eight participants, chosen on one screen
		phone.click("#add-participants");
		phone.assertAccessible();
		assertThat(phone.all("input[name=youthIds]")).hasSize(8);
		for (int i = 0; i < GIRLS.size(); i++) {
			phone.click("label[for=youth-" + i + "]");
		}
		phone.type("joinedOn", yesterday);
		phone.click("#add-chosen");
		assertThat(phone.text("[role=status]")).isEqualTo("Deltakerne er lagt til: 8.");
		assertThat(phone.all("#participants li")).hasSize(8);

		// first session, yesterday: seven present, Hedda absent
		phone.click("#new-session");
		assertThat(phone.heading()).isEqualTo("Ny samling i Jentegruppa 9B");
		phone.assertAccessible();
		phone.type("date", yesterday);
		new Select(phone.find("#themeCode")).selectByVisibleText("Venner");
		phone.type("activity", "Matlaging og samtale om vennskap");
		phone.click("#save-and-take");
		assertThat(phone.heading()).isEqualTo("Oppmøte: Jentegruppa 9B");
		assertThat(phone.all("#marks fieldset")).hasSize(8);
		assertThat(phone.text("#marks fieldset legend")).isEqualTo("Amalie" + surname);
		phone.assertAccessible();
		tap("PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "ABSENT");
		assertThat(radio("mark-0-PRESENT").isSelected()).isTrue();
		phone.click("#save-attendance");
		assertThat(phone.text("[role=status]")).isEqualTo("Oppmøtet er lagret.");

		// second session, today: Cecilie excused, Hedda absent again; first a forgotten
		// tap is caught at the field
		phone.click("#new-session");
		phone.type("activity", "Tur i skogen");
		phone.click("#save-and-take");
		tap("PRESENT", "PRESENT", "EXCUSED", "PRESENT", "PRESENT", "PRESENT", "PRESENT");
		phone.click("#save-attendance");
		assertThat(phone.text("#marks-error")).isEqualTo("Velg oppmøte for alle deltakerne.");
		assertThat(phone.text("#mark-7-error")).isEqualTo("Velg til stede, ikke møtt eller meldt forfall.");
		assertThat(radio("mark-2-EXCUSED").isSelected()).as("what was tapped is kept").isTrue();
		phone.assertAccessible();
		phone.click("label[for='mark-7-ABSENT']");
		phone.click("#save-attendance");
		assertThat(phone.text("[role=status]")).isEqualTo("Oppmøtet er lagret.");

		// the group page: the share held, attendance per session and per youth
		assertThat(phone.text("#held-share")).isEqualTo("Holdt 2 av 10 planlagte samlinger (20 %).");
		var sessions = phone.all("#held-sessions tbody tr");
		assertThat(sessions).hasSize(2);
		assertThat(sessions.get(0).getText()).contains(yesterday).contains("Venner").contains("7 av 8");
		assertThat(sessions.get(1).getText()).contains("Tur i skogen").contains("6 av 8");
		var youths = phone.all("#attendance-per-youth tbody tr");
		assertThat(youths).hasSize(8);
		assertThat(row(youths, "Amalie").findElement(By.cssSelector(".attended")).getText()).isEqualTo("2 av 2");
		assertThat(row(youths, "Cecilie").findElement(By.cssSelector(".attended")).getText()).isEqualTo("1 av 2");
		assertThat(row(youths, "Cecilie").findElements(By.cssSelector("td.mark-EXCUSED"))).hasSize(1);
		assertThat(row(youths, "Hedda").findElement(By.cssSelector(".attended")).getText()).isEqualTo("0 av 2");
		assertThat(row(youths, "Hedda").findElements(By.cssSelector("td.mark-ABSENT"))).hasSize(2);
		phone.assertAccessible();

		// one session's attendance by name
		phone.click("#held-sessions tbody tr:first-child a");
		assertThat(phone.text("#session-attendance")).contains("Hedda" + surname + " Ikke møtt");
		phone.assertAccessible();

		phone.go("/groups");
		assertThat(phone.text("#group-list tbody")).contains("Jentegruppa 9B").contains("2 av 10");
	}

	/** One tap per youth, in the order the sheet lists them. */
	private static void tap(String... marks) {
		for (int i = 0; i < marks.length; i++) {
			phone.click("label[for='mark-" + i + "-" + marks[i] + "']");
		}
	}

	/** A radio button drawn as a segment: the input itself is hidden behind its label. */
	private static org.openqa.selenium.WebElement radio(String id) {
		return phone.driver().findElement(By.id(id));
	}

	private static org.openqa.selenium.WebElement row(List<org.openqa.selenium.WebElement> rows, String name) {
		return rows.stream().filter(r -> r.getText().startsWith(name)).findFirst().orElseThrow();
	}

}
