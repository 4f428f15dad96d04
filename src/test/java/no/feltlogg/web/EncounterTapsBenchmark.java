package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Taps and time of a practised user logging a repeat encounter on a 390 px phone (issue
 * 15; docs/benchmarks.md). Not part of the normal run (Surefire runs only *Test and
 * *Tests classes); run it by name: {@code bench/run-encounter-taps.sh}, or
 * {@code ./mvnw -B -ntp test -Dtest=EncounterTapsBenchmark}.
 * <p>
 * The worker has started a shift and logged one encounter at a place with themes. Each
 * repeat: from the home page after a save, "Log encounter", "Same as last", + for two
 * youths, save. Counted: every tap the script makes, and every target that was not on the
 * screen before its tap (a scroll). Timed: from the first tap until the saved message is
 * shown.
 */
@IntegrationTest
class EncounterTapsBenchmark {

	static final int REPEATS = 10;

	static Browser phone;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	int taps;

	int scrolls;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		phone = Browser.phone(port);
	}

	@AfterAll
	static void stopBrowser() {
		phone.close();
	}

	@Test
	void aRepeatEncounterWithSameAsLast() throws IOException {
		var municipality = staff.newMunicipality();
		phone.driver().manage().deleteAllCookies();
		phone.login(municipality.account(Role.WORKER), TestStaff.PASSWORD);
		phone.click("#start-shift");
		phone.click("#log-encounter");
		var place = new Select(phone.find("#placeId")).getOptions().get(1).getAttribute("value");
		new Select(phone.find("#placeId")).selectByValue(place);
		phone.click("label.chip:has(input[name=themes])");
		phone.click("button[data-target='count-BOY-1'][data-step='1']");
		phone.click("#save-encounter");
		var firstThemes = jdbc.queryForObject("select array_to_string(themes, ',') from encounter where team_id = ?",
				String.class, municipality.teamA);

		var seconds = new ArrayList<Double>();
		var tapsEach = new ArrayList<Integer>();
		var scrollsEach = new ArrayList<Integer>();
		for (int i = 0; i < REPEATS; i++) {
			taps = 0;
			scrolls = 0;
			long start = System.nanoTime();
			tap("#log-encounter");
			tap("#same-as-last");
			tap("button[data-target='count-BOY-1'][data-step='1']");
			tap("button[data-target='count-GIRL-1'][data-step='1']");
			tap("#save-encounter");
			assertThat(phone.text("[role=status]")).isEqualTo("Treffet er lagret: 2 ungdommer.");
			seconds.add((System.nanoTime() - start) / 1e9);
			tapsEach.add(taps);
			scrollsEach.add(scrolls);
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from encounter where team_id = ? and place_id::text = ? "
						+ "and array_to_string(themes, ',') = ?",
				Integer.class, municipality.teamA, place, firstThemes))
			.as("every repeat at the same place with the same themes")
			.isEqualTo(REPEATS + 1);

		var sorted = seconds.stream().sorted().toList();
		var report = String.format(Locale.ROOT,
				"repeat encounter with \"same as last\", %d runs on a 390x844 headless Chromium%n"
						+ "taps per encounter: %s (target <= 6)%nscrolls per encounter: %s%n"
						+ "seconds: median %.2f, max %.2f, min %.2f (target <= 8 s)%n",
				REPEATS, tapsEach.stream().distinct().toList(), scrollsEach.stream().distinct().toList(),
				sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.get(0));
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/bench-encounter-taps.txt"), report);
		assertThat(tapsEach).allMatch(n -> n <= 6);
	}

	private void tap(String css) {
		if (!onScreen(css)) {
			scrolls++;
		}
		taps++;
		phone.click(css);
	}

	private static boolean onScreen(String css) {
		return Boolean.TRUE.equals(((JavascriptExecutor) phone.driver())
			.executeScript("var e = document.querySelector(arguments[0]); if (!e) return false;"
					+ "var r = e.getBoundingClientRect();"
					+ "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", css));
	}

}
