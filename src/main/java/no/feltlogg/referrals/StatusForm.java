package no.feltlogg.referrals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormDates;

/** A status change: to what, on which day, a note (the reason, when the service declined), maybe a new follow-up. */
record StatusForm(@Nullable @NotNull ReferralStatus to, @NotBlank String on, @Nullable @Size(max = 1000) String note,
		@Nullable String followUpOn, @Nullable Long version) {

	static StatusForm empty(LocalDate today, long version) {
		return new StatusForm(null, FormDates.format(today), "", "", version);
	}

}
