package no.feltlogg.youth;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/** A concern criterion noted, with the day it was noted. */
record ConcernForm(@Nullable @NotNull ConcernCriterion criterion, @Nullable @FormYear LocalDate notedOn,
		@Nullable @Size(max = 500) String note) {
}
