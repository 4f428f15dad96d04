package no.feltlogg.journal;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormDates;

/** A conversation with someone who stays anonymous: no name, no text. */
record AnonymousForm(@Nullable @NotNull EntryType type, @NotBlank String occurredOn,
		@Nullable @Min(1) @Max(1440) Integer durationMinutes, @Nullable List<String> themes) {

	static AnonymousForm empty() {
		return new AnonymousForm(EntryType.FOLLOW_UP, FormDates.today(), null, List.of());
	}

}
