package no.feltlogg.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * A worker's evening, through the web as she does it, with the log captured: a youth
 * registered by name and looked up, a signed journal entry, an encounter and an
 * observation with notes, and a name typed where a year belongs. None of what she typed
 * may appear in the log, with the application's logging at DEBUG and Hibernate's SQL
 * logged, as an operator might turn them on to find a fault. The same journey moves
 * Feltlogg's counters.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest {

	private static final List<String> LOUDER = List.of("no.feltlogg", "org.hibernate.SQL");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	LoggingSystem logging;

	@Autowired
	MeterRegistry meters;

	@Test
	void aJourneyWithAYouthsNameNotesAndAJournalEntryLeavesNoneOfThemInTheLog(CapturedOutput output) {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var marker = marker();
		var name = "Ingeborg Loggvakt" + marker;
		var journalText = "Snakket om hybelen og om å komme tilbake til skolen " + marker;
		var encounterNote = "Rolig kveld ved skateparken " + marker;
		var observationNote = "Fest bak idrettshallen " + marker;
		var accessRows = count("feltlogg.access.log.rows");
		var encounters = count("feltlogg.encounters.logged");

		LOUDER.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
		try {
			var youth = register(worker, name);
			assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).hasStatusOk().bodyText().contains(name);
			assertThat(mvc.get().uri("/youth").param("q", name).with(user(worker))).hasStatusOk();
			assertThat(mvc.get().uri("/youth").param("year", name).with(user(worker))).hasStatus4xxClientError();
			assertThat(mvc.post()
				.uri("/journal/new")
				.param("youth", youth.toString())
				.param("type", "FOLLOW_UP")
				.param("occurredOn", FormDates.today())
				.param("durationMinutes", "30")
				.param("text", journalText)
				.param("action", "sign")
				.with(user(worker))
				.with(csrf())).hasStatus3xxRedirection();
			assertThat(mvc.post()
				.uri("/fieldwork/encounters/new")
				.param("date", "2025-03-14")
				.param("time", "21:30")
				.param("arena", "street")
				.param("counts[GIRL:16-18]", "2")
				.param("note", encounterNote)
				.with(user(worker))
				.with(csrf())).hasRedirectedUrl("/");
			assertThat(mvc.post()
				.uri("/fieldwork/observations/new")
				.param("date", "2025-03-14")
				.param("time", "23:15")
				.param("areaId", catalog.active(worker.requireTeamId(), CodeKind.AREA).getFirst().id().toString())
				.param("kinds", "GATHERING")
				.param("gatheringSize", "12")
				.param("severity", "LOW")
				.param("note", observationNote)
				.with(user(worker))
				.with(csrf())).hasStatus3xxRedirection();
		}
		finally {
			LOUDER.forEach(logger -> logging.setLogLevel(logger, null));
		}

		assertThat(jdbc.queryForObject("select count(*) from journal_entry where text = ?", Integer.class, journalText))
			.as("the journey stored what was typed")
			.isOne();
		assertThat(output.getAll()).as("the log was captured, SQL included").containsIgnoringCase("insert into");
		assertThat(output.getAll()).doesNotContain(marker)
			.doesNotContain("Ingeborg")
			.doesNotContain("Loggvakt")
			.doesNotContain("hybelen")
			.doesNotContain("skateparken")
			.doesNotContain("idrettshallen");
		assertThat(count("feltlogg.access.log.rows")).as("access-log rows counted").isGreaterThan(accessRows);
		assertThat(count("feltlogg.encounters.logged")).isEqualTo(encounters + 1);
	}

	private UUID register(CurrentUser worker, String name) {
		var answer = mvc.post()
			.uri("/youth/new")
			.param("name", name)
			.param("birth", "2009")
			.param("gender", "GIRL")
			.param("homeMunicipality", "Drammen")
			.param("consentGiven", "true")
			.param("consentGivenBy", "YOUTH")
			.param("consentHow", "ORAL")
			.param("consentDate", FormDates.today())
			.with(user(worker))
			.with(csrf())
			.exchange();
		assertThat(answer).hasStatus3xxRedirection();
		return jdbc.queryForObject("select id from youth where name = ?", UUID.class, name);
	}

	private double count(String counter) {
		return meters.get(counter).counter().count();
	}

	/**
	 * Letters only, so that no log line can contain it by chance (ids and times are
	 * hexadecimal and digits).
	 */
	private static String marker() {
		var letters = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('q' + ThreadLocalRandom.current().nextInt(8)));
		}
		return letters.toString();
	}

}
