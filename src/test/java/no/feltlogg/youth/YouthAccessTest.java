package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.audit.Access;
import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Who may open a youth's record, and that every read, change and refusal is in the access
 * log.
 */
@IntegrationTest
class YouthAccessTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	@Autowired
	Youths youths;

	@Autowired
	Journal journal;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	@Test
	void everyReadOfTheYouthsPageWritesExactlyOneRow() {
		var youth = YouthFixtures.register(records, worker, "Lest Tre Ganger " + UUID.randomUUID(), Birth.year(2010));
		var colleague = municipality.user(municipality.account(Role.WORKER));
		for (int i = 0; i < 3; i++) {
			assertThat(mvc.get().uri("/youth/{id}", youth).with(user(colleague))).hasStatusOk();
		}
		assertThat(rows(youth, colleague, "READ", true)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from access_log where youth_id = ? and account_id = ?",
				Integer.class, youth, colleague.accountId()))
			.isEqualTo(3);

		assertThat(mvc.post()
			.uri("/youth/{id}/concerns/new", youth)
			.param("criterion", "FIGHTS")
			.param("notedOn", no.feltlogg.shared.DateFormats.DATE.format(LocalDate.now(Oslo.ZONE)))
			.with(user(colleague))
			.with(csrf())).hasRedirectedUrl("/youth/" + youth);
		assertThat(rows(youth, colleague, "CHANGE", true)).isOne();
	}

	@Test
	void aRestrictedRecordIsRefusedWithoutAReasonAndOpenedWithOneBothLogged() {
		var youth = YouthFixtures.register(records, worker, "Skjermet Ungdom " + UUID.randomUUID(), Birth.year(2008),
				true);
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).as("contact worker").hasStatusOk();
		var leader = municipality.user(municipality.account(Role.LEADER));
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(leader))).as("leader").hasStatusOk();

		var colleague = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(colleague)))
			.hasRedirectedUrl("/youth/" + youth + "/need-to-know");
		assertThat(rows(youth, colleague, "READ", false)).isOne();
		assertThat(mvc.get().uri("/youth/{id}/need-to-know", youth).with(user(colleague))).hasStatusOk()
			.bodyText()
			.contains("Denne journalen er skjermet")
			.doesNotContain("Skjermet Ungdom");

		assertThat(mvc.post()
			.uri("/youth/{id}/need-to-know", youth)
			.param("reason", "")
			.with(user(colleague))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"reason-error\"");
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(colleague))).as("still closed")
			.hasRedirectedUrl("/youth/" + youth + "/need-to-know");

		var reason = "Dekker vakt for kontaktpersonen, ungdommen har ringt";
		assertThat(mvc.post()
			.uri("/youth/{id}/need-to-know", youth)
			.param("reason", reason)
			.with(user(colleague))
			.with(csrf())).hasRedirectedUrl("/youth/" + youth);
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(colleague))).hasStatusOk()
			.bodyText()
			.contains("Skjermet Ungdom");

		assertThat(jdbc.queryForList(
				"select allowed::text || ':' || subject || ':' || coalesce(reason, '') "
						+ "from access_log where youth_id = ? and account_id = ? order by at",
				String.class, youth, colleague.accountId()))
			.containsExactly("false:youth.record:", "false:youth.record:", "true:youth.needToKnow:" + reason,
					"true:youth.record:" + reason);
		assertThat(mvc.get().uri("/youth/reasons").with(user(leader))).hasStatusOk().bodyText().contains(reason);
	}

	@Test
	void theReasonFormIsNotFoundForAnotherTeamsYouthOrAnUnknownIdAndOpensNothing() {
		var youth = YouthFixtures.register(records, worker, "Skjermet Annet Team " + UUID.randomUUID(),
				Birth.year(2008), true);
		var otherWorker = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		for (var id : List.of(youth, UUID.randomUUID())) {
			assertThat(mvc.get().uri("/youth/{id}/need-to-know", id).with(user(otherWorker)))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.post()
				.uri("/youth/{id}/need-to-know", id)
				.param("reason", "Jeg vil se hva som står om henne her")
				.with(user(otherWorker))
				.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(refusedRows(youth, otherWorker)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from access_log where account_id = ? and allowed",
				Integer.class, otherWorker.accountId()))
			.isZero();
	}

	@Test
	void aReasonThatSaysNothingIsRefusedAtTheFieldAndOpensNothing() {
		var youth = YouthFixtures.register(records, worker, "Skjermet Grunn " + UUID.randomUUID(), Birth.year(2008),
				true);
		var colleague = municipality.user(municipality.account(Role.WORKER));
		for (var reason : List.of("aaaaaaaaaaaa", "..........!!", "asdfasdfasdf", "ab ab ab ab ab",
				"1234567890 1234")) {
			assertThat(mvc.post()
				.uri("/youth/{id}/need-to-know", youth)
				.param("reason", reason)
				.with(user(colleague))
				.with(csrf())).as(reason)
				.hasStatusOk()
				.bodyText()
				.contains("Skriv med egne ord hvorfor du trenger å åpne journalen");
		}
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(colleague))).as("still closed")
			.hasRedirectedUrl("/youth/" + youth + "/need-to-know");
		assertThat(
				jdbc.queryForObject(
						"select count(*) from access_log where youth_id = ? and account_id = ? "
								+ "and subject = 'youth.needToKnow' and allowed",
						Integer.class, youth, colleague.accountId()))
			.isZero();
		assertThatThrownBy(() -> AsUser.run(colleague, () -> records.giveReason(colleague, youth, "zzzzzzzzzzzzzz")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anotherTeamsWorkerGetsNotFoundAndARefusedRowForEveryObject() {
		var youth = YouthFixtures.register(records, worker, "Team A Ungdom " + UUID.randomUUID(), Birth.year(2009));
		var today = LocalDate.now(Oslo.ZONE);
		var entry = AsUser.call(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.FOLLOW_UP, today, 30, List.of(), "Hemmelig for team B"), true));
		var consent = AsUser.call(worker, () -> youths.consents(municipality.teamA, youth)).get(0).id();
		var otherWorker = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		var otherLeader = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		var date = no.feltlogg.shared.DateFormats.DATE.format(today);

		var gets = List.of("/youth/" + youth, "/youth/" + youth + "/edit", "/youth/" + youth + "/priority",
				"/youth/" + youth + "/consents/new", "/youth/" + youth + "/consents/" + consent + "/withdraw",
				"/youth/" + youth + "/concerns/new", "/journal/" + entry, "/journal/new?youth=" + youth,
				"/journal/" + entry + "/correct", "/journal/" + entry + "/edit");
		int expected = 0;
		for (var url : gets) {
			assertThat(mvc.get().uri(url).with(user(otherWorker))).as(url)
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.doesNotContain("Team A Ungdom")
				.doesNotContain("Hemmelig for team B");
			assertThat(refusedRows(youth, otherWorker)).as(url).isEqualTo(++expected);
		}
		for (var url : List.of("/youth/" + youth + "/log", "/youth/" + youth + "/export.json",
				"/youth/" + youth + "/export.pdf")) {
			assertThat(mvc.get().uri(url).with(user(otherLeader))).as(url).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(refusedRows(youth, otherLeader)).isEqualTo(3);

		assertThat(mvc.post()
			.uri("/youth/{id}/priority", youth)
			.param("level", "RED")
			.param("date", date)
			.param("reason", "Forsøk fra feil team")
			.with(user(otherWorker))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/youth/{id}/consents/{c}/withdraw", youth, consent)
			.param("date", date)
			.with(user(otherWorker))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/journal/{id}/correct", entry)
			.param("type", "NOTE")
			.param("occurredOn", date)
			.param("text", "Feil team")
			.with(user(otherWorker))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/journal/{id}/sign", entry).with(user(otherWorker)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/journal/{id}/delete", entry).with(user(otherWorker)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/youth/{id}/close", youth).with(user(otherWorker)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(refusedRows(youth, otherWorker)).isEqualTo(expected + 6);
		assertThat(jdbc.queryForObject("select status from youth where id = ?", String.class, youth))
			.isEqualTo("ACTIVE");

		assertThat(jdbc.queryForObject("select count(*) from priority_change where youth_id = ?", Integer.class, youth))
			.isZero();
		assertThat(jdbc.queryForObject("select withdrawn_on is null from consent where id = ?", Boolean.class, consent))
			.isTrue();
		assertThat(jdbc.queryForObject("select count(*) from journal_entry where youth_id = ?", Integer.class, youth))
			.isOne();
		assertThatThrownBy(() -> AsUser.call(otherWorker,
				() -> youths.open(otherWorker, youth, Access.READ, "youth.record", null)))
			.isInstanceOf(no.feltlogg.shared.NotFoundException.class);
	}

	@Test
	void sltAndAdministratorCannotReadAYouthsRecord() {
		var youth = YouthFixtures.register(records, worker, "Ikke For SLT " + UUID.randomUUID(), Birth.year(2009));
		for (var role : List.of(Role.SLT, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			for (var url : List.of("/youth", "/youth/" + youth, "/youth/" + youth + "/log",
					"/youth/" + youth + "/export.json", "/journal/anonymous")) {
				assertThat(mvc.get().uri(url).with(user(other))).as(role + " " + url).hasStatus(HttpStatus.FORBIDDEN);
			}
			assertThatThrownBy(() -> AsUser.call(other, () -> records.page(other, youth))).as(role.name())
				.isInstanceOf(AuthorizationDeniedException.class);
			assertThatThrownBy(
					() -> AsUser.call(other, () -> youths.open(other, youth, Access.READ, "youth.record", null)))
				.as(role.name())
				.isInstanceOf(AuthorizationDeniedException.class);
		}
	}

	@Test
	void theLeaderSeesTheAccessLogAndExportsEverythingStored() {
		var youth = YouthFixtures.register(records, worker, "Innsyn Ungdom " + UUID.randomUUID(), Birth.year(2009));
		var today = LocalDate.now(Oslo.ZONE);
		AsUser.run(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.FOLLOW_UP, today, 30, List.of("school"), "Snakket om skolestart."), true));
		AsUser.run(worker, () -> records.changePriority(worker, youth, PriorityLevel.YELLOW, today, "Mye fravær"));
		var leader = municipality.user(municipality.account(Role.LEADER));

		assertThat(mvc.get().uri("/youth/{id}/log", youth).with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/youth/{id}/log", youth).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Tilgangslogg for Innsyn Ungdom")
			.contains(worker.getUsername())
			.contains("Registrering")
			.contains("Journalnotat signert")
			.contains("Prioritet");

		var json = mvc.get().uri("/youth/{id}/export.json", youth).with(user(leader)).exchange();
		assertThat(json).hasStatusOk().hasContentType("application/json");
		assertThat(json.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(json).bodyJson().extractingPath("$.youth[0].name").asString().startsWith("Innsyn Ungdom");
		assertThat(json).bodyJson().extractingPath("$.journal[0].text").isEqualTo("Snakket om skolestart.");
		assertThat(json).bodyJson().extractingPath("$.consents[0].scope").isEqualTo("REGISTRATION");
		assertThat(json).bodyJson().extractingPath("$.priorityHistory[0].reason").isEqualTo("Mye fravær");
		assertThat(json).bodyJson().extractingPath("$.accessLog").asArray().isNotEmpty();

		var pdf = mvc.get().uri("/youth/{id}/export.pdf", youth).with(user(leader)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		var bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		var text = pdfText(bytes);
		assertThat(text).contains("Innsyn Ungdom").contains("Snakket om skolestart.").contains("Tilgangslogg");
		assertThat(
				jdbc.queryForObject("select count(*) from access_log where youth_id = ? and subject = 'youth.export'",
						Integer.class, youth))
			.isEqualTo(2);
	}

	private static String pdfText(byte[] bytes) {
		try (var reader = new org.openpdf.text.pdf.PdfReader(bytes)) {
			var extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
			var text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private int rows(UUID youth, CurrentUser user, String action, boolean allowed) {
		return jdbc.queryForObject("select count(*) from access_log where youth_id = ? and account_id = ? "
				+ "and action = ? and allowed = ?", Integer.class, youth, user.accountId(), action, allowed);
	}

	private int refusedRows(UUID youth, CurrentUser user) {
		return jdbc.queryForObject(
				"select count(*) from access_log where youth_id = ? and account_id = ? " + "and not allowed",
				Integer.class, youth, user.accountId());
	}

}
