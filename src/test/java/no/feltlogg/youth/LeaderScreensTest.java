package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The leader's screens for the next morning (issue 16): the priority overview names the
 * red and yellow youths with their contact worker and last contact, and is logged as a
 * list of names; the team's access log filters by person, period and result, names people
 * and youths, says every code in words, groups repeated views, and exports to CSV, logged
 * as an export.
 */
@IntegrationTest
class LeaderScreensTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Journal journal;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser worker;

	CurrentUser colleague;

	CurrentUser leader;

	String suffix;

	UUID red;

	UUID yellow;

	UUID green;

	LocalDate today;

	@BeforeEach
	void setUp() {
		var municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		colleague = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		jdbc.update("update account set display_name = ? where id = ?", "Kari Kontakt", worker.accountId());
		jdbc.update("update account set display_name = ? where id = ?", "Ola Kollega", colleague.accountId());
		suffix = UUID.randomUUID().toString().substring(0, 6);
		today = LocalDate.now(Oslo.ZONE);
		var born = Birth.of(today.minusYears(15));
		red = YouthFixtures.register(records, worker, "Rød " + suffix, born);
		yellow = YouthFixtures.register(records, worker, "Gul " + suffix, born);
		green = YouthFixtures.register(records, worker, "Grønn " + suffix, born);
		AsUser.run(worker, () -> records.changePriority(worker, red, PriorityLevel.YELLOW, today.minusDays(9), "Uro"));
		AsUser.run(worker, () -> records.changePriority(worker, red, PriorityLevel.RED, today.minusDays(2), "Trusler"));
		AsUser.run(worker, () -> records.changePriority(worker, yellow, PriorityLevel.YELLOW, today, "Fravær"));
		AsUser.run(worker, () -> records.changePriority(worker, green, PriorityLevel.GREEN, today, "Stabil"));
		AsUser.run(worker, () -> journal.write(worker, red,
				new EntryContent(EntryType.FOLLOW_UP, today.minusDays(1), 30, List.of(), "Samtale i parken."), true));
	}

	@Test
	void thePriorityOverviewListsTheRedAndYellowYouthsWithContactWorkerAndLastContactAndLogsThem() {
		var page = Jsoup.parse(html(mvc.get().uri("/youth/priorities").with(user(leader))));
		var rows = page.select("#flagged tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains("Rød " + suffix, "Rød", DateFormats.DATE.format(today.minusDays(2)),
				"Kari Kontakt", DateFormats.DATE.format(today.minusDays(1)));
		assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/youth/" + red);
		assertThat(rows.get(1).text()).contains("Gul " + suffix, DateFormats.DATE.format(today), "Kari Kontakt",
				"Ingen kontakt registrert");
		assertThat(page.select("#flagged").text()).doesNotContain("Grønn " + suffix);
		assertThat(page.select("#count-RED td").text()).isEqualTo("1");
		assertThat(page.select("#count-YELLOW td").text()).isEqualTo("1");

		var logged = jdbc.queryForList(
				"select id from access_log where account_id = ? and subject = " + "'youth.list.priorities'", UUID.class,
				leader.accountId());
		assertThat(logged).as("one row per view").hasSize(1);
		assertThat(Set.copyOf(jdbc.queryForList("select youth_id from access_log_youth where access_log_id = ?",
				UUID.class, logged.getFirst())))
			.as("the red and yellow named, and those who moved this month")
			.containsExactlyInAnyOrder(red, yellow, green);
	}

	@Test
	void theTeamsLogNamesPeopleAndYouthsInWordsAndGroupsRepeatedViews() {
		for (int i = 0; i < 8; i++) {
			mvc.get().uri("/youth/{id}", red).with(user(colleague)).exchange();
		}
		var page = Jsoup.parse(html(mvc.get().uri("/youth/log").with(user(leader))));
		assertThat(page.select("h1").text()).isEqualTo("Teamets tilgangslogg");
		var views = page.select("#access-log tbody tr")
			.stream()
			.filter(tr -> tr.text().contains("Ola Kollega") && tr.select(".what").text().equals("Ungdommens side"))
			.toList();
		assertThat(views).as("eight views of the same page in a minute are one line")
			.singleElement()
			.satisfies(tr -> assertThat(tr.text()).contains("8 visninger").contains("Rød " + suffix));
		var priority = page.select("#access-log tbody tr")
			.stream()
			.filter(tr -> tr.select(".what").text().equals("Prioritet") && tr.text().contains("Rød " + suffix))
			.map(tr -> tr.text())
			.toList();
		assertThat(priority).anyMatch(text -> text.contains("Gul → Rød"))
			.anyMatch(text -> text.contains("Kari Kontakt"));
		assertThat(page.select("#access-log").text()).doesNotContain("RED", "YELLOW", red.toString());

		var ungrouped = Jsoup.parse(html(mvc.get().uri("/youth/log").param("grouped", "false").with(user(leader))));
		assertThat(ungrouped.select("#access-log tbody tr")
			.stream()
			.filter(tr -> tr.text().contains("Ola Kollega") && tr.select(".what").text().equals("Ungdommens side")))
			.hasSize(8);
	}

	@Test
	void theTeamsLogFiltersByPersonPeriodAndResult() {
		mvc.get().uri("/youth/{id}", red).with(user(colleague)).exchange();
		var otherTeam = UUID.randomUUID();
		mvc.get().uri("/youth/{id}", otherTeam).with(user(colleague)).exchange(); // refused:
																					// no
																					// such
																					// youth

		var byColleague = Jsoup.parse(
				html(mvc.get().uri("/youth/log").param("person", colleague.accountId().toString()).with(user(leader))));
		assertThat(byColleague.select("#access-log tbody tr")).isNotEmpty()
			.allMatch(tr -> tr.text().contains("Ola Kollega"));
		var refused = Jsoup.parse(html(mvc.get().uri("/youth/log").param("outcome", "REFUSED").with(user(leader))));
		assertThat(refused.select("#access-log tbody tr")).singleElement()
			.satisfies(
					tr -> assertThat(tr.text()).contains("Ola Kollega", "Avvist").doesNotContain(otherTeam.toString()));
		var lastYear = Jsoup.parse(html(mvc.get()
			.uri("/youth/log")
			.param("from", DateFormats.DATE.format(today.minusYears(1)))
			.param("to", DateFormats.DATE.format(today.minusYears(1).plusDays(3)))
			.with(user(leader))));
		assertThat(lastYear.select("#access-log tbody tr")).isEmpty();
		assertThat(lastYear.select("#log-empty").text()).isEqualTo("Ingen rader i loggen for dette filteret.");

		var backwards = Jsoup.parse(html(mvc.get()
			.uri("/youth/log")
			.param("from", DateFormats.DATE.format(today))
			.param("to", DateFormats.DATE.format(today.minusDays(3)))
			.with(user(leader))));
		assertThat(backwards.select("#to-error").text()).isEqualTo("Til-datoen kan ikke være før fra-datoen.");
		var unreadable = Jsoup.parse(html(mvc.get().uri("/youth/log").param("from", "i går").with(user(leader))));
		assertThat(unreadable.select("#from-error").text()).startsWith("Skriv datoen som dd.mm.åååå");
		assertThat(unreadable.select("#from").val()).isEqualTo("i går");
	}

	@Test
	void theTeamsLogExportsToCsvWithNorwegianHeadersAndTheExportIsLogged() throws Exception {
		mvc.get().uri("/youth/{id}", red).with(user(colleague)).exchange();
		var csv = mvc.get().uri("/youth/log.csv").with(user(leader)).exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("tilgangslogg-");
		var text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(
				"\ufeffFra,Til,Antall visninger,Hvem,Brukernavn,Rolle,Ungdom,Handling,Hva,Detaljer,Grunn,Resultat");
		assertThat(text).contains("Ola Kollega", "Rød " + suffix, "Ungdommens side", "Tillatt")
			.doesNotContain("youth.record");

		var rows = jdbc.queryForList(
				"select id from access_log where account_id = ? and subject = " + "'youth.teamLog.export'", UUID.class,
				leader.accountId());
		assertThat(rows).hasSize(1);
		assertThat(jdbc.queryForList("select youth_id from access_log_youth where access_log_id = ?", UUID.class,
				rows.getFirst()))
			.contains(red);
		assertThat(jdbc.queryForObject(
				"select count(*) from security_log where actor_id = ? and target_id = ? "
						+ "and event = 'EXPORT' and detail = 'youth.teamLog.export.csv'",
				Integer.class, leader.accountId(), red))
			.isEqualTo(1);
	}

	@Test
	void aWorkerSeesNeitherTheTeamsLogNorItsExport() {
		assertThat(mvc.get().uri("/youth/log").with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/youth/log.csv").with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
	}

	private String html(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) {
		try {
			var result = request.exchange();
			assertThat(result).hasStatusOk();
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
