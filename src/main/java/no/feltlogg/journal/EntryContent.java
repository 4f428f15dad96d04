package no.feltlogg.journal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a journal entry says: type, day, length, themes (catalog theme codes) and text. */
public record EntryContent(EntryType type, LocalDate occurredOn, @Nullable Integer durationMinutes, List<String> themes,
		@Nullable String text) {

	public EntryContent {
		themes = List.copyOf(themes);
	}

}
