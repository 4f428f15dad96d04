package no.feltlogg.journal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A journal entry as typed: the submit button says whether to keep it as a draft or sign
 * it. A contact with guardians without the youth's consent to it needs a legal basis and
 * its written grounds (ADR 0038).
 */
record EntryForm(@Nullable @NotNull EntryType type, @Nullable @NotNull @FormYear LocalDate occurredOn,
		@Nullable @Min(1) @Max(1440) Integer durationMinutes, @Nullable List<String> themes,
		@NotBlank @Size(max = 20000) String text, @Nullable String action, @Nullable Long version,
		@Nullable GuardianContactBasis legalBasis, @Nullable @Size(max = 2000) String legalBasisNote) {

	static EntryForm empty(LocalDate today) {
		return new EntryForm(EntryType.FOLLOW_UP, today, null, List.of(), "", null, 0L, null, null);
	}

	boolean sign() {
		return "sign".equals(action);
	}

}
