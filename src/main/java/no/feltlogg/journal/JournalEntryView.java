package no.feltlogg.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A journal entry as other modules and simple lists see it. */
public record JournalEntryView(UUID id, @Nullable UUID youthId, EntryType type, LocalDate occurredOn,
		@Nullable Integer durationMinutes, List<String> themes, @Nullable String text, EntryStatus status,
		UUID authorId, Instant createdAt, @Nullable Instant signedAt, @Nullable UUID correctsId) {
}
