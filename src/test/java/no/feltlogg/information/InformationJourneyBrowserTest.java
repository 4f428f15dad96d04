package no.feltlogg.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * A worker on a phone-sized screen logs a drug-education lesson for an 8th-grade class,
 * is told at the field what is missing, finds the lesson in the team's list, and sees on
 * the school list that she is the school's contact and that the team was there today;
 * every page checked with axe.
 */
@IntegrationTest
class InformationJourneyBrowserTest {

	static Browser phone;

	@Autowired
	TestStaff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	SchoolContacts contacts;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		phone.close();
	}

	@Test
	void aWorkerLogsALessonOnAPhoneAndFindsItInTheListAndOnTheSchoolList() {
		var municipality = staff.newMunicipality();
		var username = municipality.account(Role.WORKER);
		var worker = municipality.user(username);
		var leader = municipality.user(municipality.account(Role.LEADER));
		var school = catalog.addSchool(municipality.teamA, "Fjellhaug ungdomsskole", SchoolLevel.LOWER_SECONDARY);
		catalog.addSchool(municipality.teamA, "Strand skole", SchoolLevel.PRIMARY);
		AsUser.run(leader, () -> contacts.assign(leader, school.id(), List.of(worker.accountId())));
		var today = FormDates.format(LocalDate.now(Oslo.ZONE));

		phone.driver().manage().deleteAllCookies();
		phone.login(username, TestStaff.PASSWORD);
		phone.click("nav a[href='/information']");
		assertThat(phone.heading()).isEqualTo("Informasjons- og holdningsarbeid");
		assertThat(phone.text("main")).contains("Ingen informasjonsarbeid registrert siste 12 måneder.");
		phone.assertAccessible();

		phone.click("main a[href='/information/new']");
		assertThat(phone.heading()).isEqualTo("Registrer informasjonsarbeid");
		assertThat(phone.find("input[name=kind][value=LESSON]").isSelected()).as("a lesson is the default").isTrue();
		assertThat(phone.find("input[name=workers][value='" + worker.accountId() + "']").isSelected())
			.as("the worker herself is there")
			.isTrue();
		phone.assertAccessible();

		// the class, but not how many were there: said at the field
		new Select(phone.find("#schoolId")).selectByVisibleText("Fjellhaug ungdomsskole");
		phone.type("grade", "8");
		phone.click("label.chip:has(input[name=themes][value=cannabis])");
		phone.click("#save-information");
		assertThat(phone.text("#pupils-error")).isEqualTo("Skriv hvor mange som ble nådd.");
		assertThat(phone.find("#pupils").getAttribute("aria-describedby")).isEqualTo("pupils-error");
		assertThat(phone.find("input[name=themes][value=cannabis]").isSelected()).as("what was chosen is kept")
			.isTrue();
		phone.assertAccessible();

		phone.type("pupils", "26");
		phone.type("staff", "2");
		phone.click("#save-information");
		assertThat(phone.text("[role=status]")).isEqualTo("Informasjonsarbeidet er lagret.");
		var rows = phone.all("#information-list tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains(today, "Fjellhaug ungdomsskole", "28", "Teamet holdt det",
				"Cannabis");
		phone.assertAccessible();

		phone.click("main a[href='/information/schools']");
		assertThat(phone.heading()).isEqualTo("Skoler og skolekontakter");
		var schools = phone.all("#school-list tbody tr");
		assertThat(schools).hasSize(2);
		assertThat(schools.get(1).getText()).contains("Fjellhaug ungdomsskole", "Test worker",
				today + " (informasjonsarbeid)");
		assertThat(schools.get(0).getText()).contains("Strand skole", "Ingen", "Ikke registrert");
		phone.assertAccessible();
	}

}
