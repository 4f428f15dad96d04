package no.feltlogg.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A draft belongs to its author until signed; then it is final, and only a correction can
 * follow it.
 */
class JournalEntryTest {

	static final UUID TEAM = UUID.randomUUID();

	static final UUID YOUTH = UUID.randomUUID();

	static final UUID AUTHOR = UUID.randomUUID();

	static final LocalDate DAY = LocalDate.of(2026, 11, 2);

	@Test
	void onlyTheAuthorChangesAndSignsADraftAndASignedEntryIsFinal() {
		var entry = JournalEntry.draft(TEAM, YOUTH, content("Utkast"), AUTHOR, Instant.now());
		var colleague = UUID.randomUUID();
		assertThatThrownBy(() -> entry.revise(content("Kollega skriver"), colleague))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> entry.sign(colleague, Instant.now())).isInstanceOf(IllegalStateException.class);

		entry.revise(content("Ferdig tekst"), AUTHOR);
		entry.sign(AUTHOR, Instant.now());
		assertThat(entry.getStatus()).isEqualTo(EntryStatus.SIGNED);
		assertThatThrownBy(() -> entry.revise(content("Etterpå"), AUTHOR)).isInstanceOf(IllegalStateException.class);
		assertThat(entry.getText()).isEqualTo("Ferdig tekst");
	}

	@Test
	void aCorrectionFollowsOnlyASignedEntryAndPointsToIt() {
		var draft = JournalEntry.draft(TEAM, YOUTH, content("Utkast"), AUTHOR, Instant.now());
		assertThatThrownBy(() -> JournalEntry.correction(draft, content("Rettelse"), AUTHOR, Instant.now()))
			.isInstanceOf(IllegalStateException.class);
		draft.sign(AUTHOR, Instant.now());
		var correction = JournalEntry.correction(draft, content("Rettelse"), UUID.randomUUID(), Instant.now());
		assertThat(correction.getCorrectsId()).isEqualTo(draft.getId());
		assertThat(correction.getYouthId()).isEqualTo(YOUTH);
		assertThat(correction.getStatus()).isEqualTo(EntryStatus.DRAFT);
	}

	@Test
	void anAnonymousConversationHasNoYouthNoTextAndIsSignedAtOnce() {
		var entry = JournalEntry.anonymousConversation(TEAM, EntryType.PHONE_DIGITAL, DAY, 10, List.of("love"), AUTHOR,
				Instant.now());
		assertThat(entry.getYouthId()).isNull();
		assertThat(entry.getText()).isNull();
		assertThat(entry.getStatus()).isEqualTo(EntryStatus.SIGNED);
		assertThatThrownBy(() -> JournalEntry.anonymousConversation(TEAM, EntryType.NOTE, DAY, null, List.of(), AUTHOR,
				Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static EntryContent content(String text) {
		return new EntryContent(EntryType.FOLLOW_UP, DAY, 30, List.of("school"), text);
	}

}
