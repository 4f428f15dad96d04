package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The encounter form on a phone (issue 15): the themes fold to the team's most used with
 * "more", and "same as last" repeats the place and the themes of the worker's own last
 * encounter in one tap.
 */
@IntegrationTest
class SameAsLastBrowserTest {

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
	void themesFoldToTheMostUsedAndSameAsLastRepeatsPlaceAndThemes() {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		phone.go("/fieldwork/encounters/new");
		assertThat(phone.all("#same-as-last")).as("nothing logged yet: nothing to repeat").isEmpty();
		var shown = phone.all("fieldset.chips > label.chip");
		var folded = phone.driver().findElements(By.cssSelector("#more-themes label.chip"));
		assertThat(shown).hasSize(6);
		assertThat(folded).isNotEmpty();
		assertThat(phone.find("#more-themes").getDomProperty("open")).isEqualTo("false");

		assertThat(onFirstScreen("#save-encounter")).isTrue();
		var place = new Select(phone.find("#placeId")).getOptions().get(1).getAttribute("value");
		new Select(phone.find("#placeId")).selectByValue(place);
		phone.click("#more-themes summary");
		var rare = phone.find("#more-themes label.chip input").getAttribute("value");
		phone.click("#more-themes label.chip");
		phone.click("button[data-target='count-BOY-1'][data-step='1']");
		phone.click("#save-encounter");

		phone.go("/fieldwork/encounters/new");
		phone.click("#same-as-last");
		assertThat(phone.find("#placeId").getDomProperty("value")).isEqualTo(place);
		assertThat(phone.driver().findElement(By.cssSelector("input[name=themes][value='" + rare + "']")).isSelected())
			.isTrue();
		phone.click("button[data-target='count-GIRL-1'][data-step='1']");
		phone.click("#save-encounter");
		assertThat(phone.text("[role=status]")).isEqualTo("Treffet er lagret: 1 ungdom.");
		assertThat(jdbc.queryForObject("select count(*) from encounter where team_id = ? and place_id::text = ? "
				+ "and themes = array[?]::text[]", Integer.class, municipality.teamA, place, rare))
			.isEqualTo(2);
		phone.assertAccessible();
	}

	private static boolean onFirstScreen(String css) {
		return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript(
				"window.scrollTo(0, 0); var r = document.querySelector(arguments[0]).getBoundingClientRect();"
						+ "var bar = document.querySelector('.save-bar').getBoundingClientRect();"
						+ "return r.top >= 0 && r.height > 0 && (arguments[0] === '#save-encounter'"
						+ " ? r.bottom <= window.innerHeight : r.bottom <= bar.top);",
				css));
	}

}
