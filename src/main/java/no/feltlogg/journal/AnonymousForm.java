package no.feltlogg.journal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/** A conversation with someone who stays anonymous: no name, no text. */
record AnonymousForm(@Nullable @NotNull EntryType type, @Nullable @NotNull @FormYear LocalDate occurredOn,
		@Nullable @Min(1) @Max(1440) Integer durationMinutes, @Nullable List<String> themes) {

	static AnonymousForm empty(LocalDate today) {
		return new AnonymousForm(EntryType.FOLLOW_UP, today, null, List.of());
	}

}
