package no.feltlogg.journal;

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
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * Drafts, signing, corrections and anonymous conversations, and the database's refusal to
 * change a signed entry.
 */
@IntegrationTest
class JournalTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Journal journal;

	@Autowired
	YouthRecords records;

	@Autowired
	JournalCounts counts;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	UUID youth;

	LocalDate today = LocalDate.now(Oslo.ZONE);

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		youth = YouthFixtures.register(records, worker, "Journal Ungdom " + UUID.randomUUID(), Birth.year(2009));
	}

	@Test
	void aSignedEntryCannotBeChangedOrDeletedEvenThroughTheDatabase() {
		var entry = write("Samtale om skolen. Hun vil prøve å møte opp hver dag.", true);
		assertThatThrownBy(() -> jdbc.update("update journal_entry set text = 'Endret i ettertid' where id = ?", entry))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("is signed and cannot be update");
		assertThatThrownBy(() -> jdbc.update("delete from journal_entry where id = ?", entry))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("is signed and cannot be delete");
		assertThat(jdbc.queryForObject("select text from journal_entry where id = ?", String.class, entry))
			.isEqualTo("Samtale om skolen. Hun vil prøve å møte opp hver dag.");
	}

	@Test
	void aDraftCanBeChangedUntilItsAuthorSignsIt() {
		var entry = write("Første utkast", false);
		assertThat(jdbc.update("update journal_entry set text = 'Andre utkast' where id = ?", entry)).isOne();

		var colleague = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.post().uri("/journal/{id}/sign", entry).with(user(colleague)).with(csrf()))
			.hasRedirectedUrl("/journal/" + entry);
		assertThat(status(entry)).isEqualTo("DRAFT");

		assertThat(mvc.post().uri("/journal/{id}/sign", entry).with(user(worker)).with(csrf()))
			.hasRedirectedUrl("/journal/" + entry);
		assertThat(status(entry)).isEqualTo("SIGNED");
		assertThat(mvc.get().uri("/journal/{id}/edit", entry).with(user(worker))).hasRedirectedUrl("/journal/" + entry);
	}

	@Test
	void aCorrectionPointsToTheEntryItCorrectsAndBothAreShownTogether() {
		var original = write("Hun sa hun bor hos moren.", true);
		var correction = AsUser.call(worker, () -> journal.correct(worker, original,
				new EntryContent(EntryType.NOTE, today, null, List.of(), "Rettelse: hun bor hos faren."), true));

		assertThat(jdbc.queryForObject("select corrects_id from journal_entry where id = ?", UUID.class, correction))
			.isEqualTo(original);
		assertThat(mvc.get().uri("/journal/{id}", original).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Hun sa hun bor hos moren.")
			.contains("Rettelser")
			.contains("Rettelse: hun bor hos faren.");
		assertThat(mvc.get().uri("/journal/{id}", correction).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Retter notatet fra")
			.contains("Hun sa hun bor hos moren.")
			.contains("Rettelse: hun bor hos faren.");
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).bodyText()
			.contains(">Rettet<")
			.contains(">Rettelse<");

		var draft = write("Bare et utkast", false);
		assertThatThrownBy(() -> AsUser.call(worker,
				() -> journal.correct(worker, draft,
						new EntryContent(EntryType.NOTE, today, null, List.of(), "Rett et utkast"), true)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theNewEntryFormSavesADraftOrSignsAndShowsErrorsAtTheField() {
		assertThat(mvc.post()
			.uri("/journal/new")
			.param("youth", youth.toString())
			.param("type", "FOLLOW_UP")
			.param("occurredOn", "31.02.2026")
			.param("text", "")
			.param("action", "draft")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"occurredOn-error\"").contains("id=\"text-error\"");

		var signed = mvc.post()
			.uri("/journal/new")
			.param("youth", youth.toString())
			.param("type", "PHONE_DIGITAL")
			.param("occurredOn", no.feltlogg.shared.DateFormats.DATE.format(today))
			.param("durationMinutes", "20")
			.param("themes", "school", "family", "not-a-theme")
			.param("text", "Ringte om fraværet.")
			.param("action", "sign")
			.with(user(worker))
			.with(csrf())
			.exchange();
		assertThat(signed).hasStatus(HttpStatus.FOUND);
		var id = UUID.fromString(signed.getResponse().getRedirectedUrl().substring("/journal/".length()));
		assertThat(status(id)).isEqualTo("SIGNED");
		assertThat(jdbc.queryForObject("select array_to_string(themes, ',') from journal_entry where id = ?",
				String.class, id))
			.isEqualTo("school,family");
		assertThat(mvc.get().uri("/journal/{id}", id).with(user(worker))).bodyText()
			.contains("Skole og fravær")
			.contains("Familie");
	}

	@Test
	void anonymousConversationsCountAsConversationsButNotAsYouths() {
		var period = new ReportingPeriod(today.minusDays(1), today.plusDays(1));
		var before = counts.conversations(List.of(municipality.teamA), period);
		assertThat(before).isEqualTo(new ConversationCounts(0, 0, 0));

		write("Samtale en", true);
		write("Samtale to", true);
		write("Utkast teller ikke", false);
		assertThat(mvc.post()
			.uri("/journal/anonymous/new")
			.param("type", "FOLLOW_UP")
			.param("occurredOn", no.feltlogg.shared.DateFormats.DATE.format(today))
			.param("themes", "love")
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/journal/anonymous");
		assertThat(mvc.post()
			.uri("/journal/anonymous/new")
			.param("type", "NOTE")
			.param("occurredOn", no.feltlogg.shared.DateFormats.DATE.format(today))
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Bare samtaler kan registreres anonymt.");

		assertThat(counts.conversations(List.of(municipality.teamA), period))
			.isEqualTo(new ConversationCounts(3, 1, 1));
		assertThat(counts.conversationsByTheme(List.of(municipality.teamA), period))
			.containsExactly(new JournalCounts.ThemeCount("school", 2), new JournalCounts.ThemeCount("love", 1));
		assertThat(counts.conversationsByMonth(List.of(municipality.teamA, municipality.teamB), period))
			.extracting(JournalCounts.MonthCount::conversations)
			.containsExactly(3L);
		assertThat(counts.conversations(List.of(municipality.teamB), period))
			.isEqualTo(new ConversationCounts(0, 0, 0));
		assertThat(jdbc.queryForObject("select count(*) from journal_entry where team_id = ? and youth_id is null "
				+ "and text is null and status = 'SIGNED'", Integer.class, municipality.teamA))
			.isOne();
		assertThat(mvc.get().uri("/journal/anonymous").with(user(worker))).bodyText().contains("Kjærlighet");
	}

	@Test
	void sltAndAdministratorCannotReadAJournal() {
		var entry = write("Fortrolig samtale", true);
		for (var role : List.of(Role.SLT, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/journal/{id}", entry).with(user(other))).as(role.name())
				.hasStatus(HttpStatus.FORBIDDEN)
				.bodyText()
				.doesNotContain("Fortrolig samtale");
			assertThatThrownBy(() -> AsUser.call(other, () -> journal.entry(other, entry))).as(role.name())
				.isInstanceOf(AuthorizationDeniedException.class);
		}
	}

	private UUID write(String text, boolean sign) {
		return AsUser.call(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.FOLLOW_UP, today, 45, List.of("school"), text), sign));
	}

	private String status(UUID entry) {
		return jdbc.queryForObject("select status from journal_entry where id = ?", String.class, entry);
	}

}
