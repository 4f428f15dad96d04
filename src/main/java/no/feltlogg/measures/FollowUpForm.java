package no.feltlogg.measures;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/** A follow-up as typed: which goal, the day, the hours and what was done. */
record FollowUpForm(@Nullable @NotNull UUID goalId, @Nullable @NotNull @FormYear LocalDate doneOn,
		@NotBlank String hours, @NotBlank @Size(max = 2000) String note) {

	static FollowUpForm empty(LocalDate today) {
		return new FollowUpForm(null, today, "", "");
	}

}
