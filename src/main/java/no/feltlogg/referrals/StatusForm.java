package no.feltlogg.referrals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A status change: to what, on which day, a note (the reason, when the service declined),
 * maybe a new follow-up.
 */
record StatusForm(@Nullable @NotNull ReferralStatus to, @Nullable @NotNull @FormYear LocalDate on,
		@Nullable @Size(max = 1000) String note, @Nullable @FormYear LocalDate followUpOn, @Nullable Long version) {

	static StatusForm empty(LocalDate today, long version) {
		return new StatusForm(null, today, "", null, version);
	}

}
