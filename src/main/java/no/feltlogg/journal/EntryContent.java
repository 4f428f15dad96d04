package no.feltlogg.journal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a journal entry says: type, day, length, themes (catalog theme codes) and text;
 * for a contact with the youth's guardians without her consent to it, the legal basis and
 * its written grounds (ADR 0038).
 */
public record EntryContent(EntryType type, LocalDate occurredOn, @Nullable Integer durationMinutes, List<String> themes,
		@Nullable String text, @Nullable GuardianContactBasis legalBasis, @Nullable String legalBasisNote) {

	public EntryContent {
		themes = List.copyOf(themes);
		if ((legalBasis == null) != (legalBasisNote == null || legalBasisNote.isBlank())) {
			throw new IllegalArgumentException("A legal basis is written down with its grounds");
		}
	}

	public EntryContent(EntryType type, LocalDate occurredOn, @Nullable Integer durationMinutes, List<String> themes,
			@Nullable String text) {
		this(type, occurredOn, durationMinutes, themes, text, null, null);
	}

}
