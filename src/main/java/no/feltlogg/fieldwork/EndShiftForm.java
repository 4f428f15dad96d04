package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * Ending a shift: when, and how many of its minutes were spent directly with youths; the
 * version is the shift's as the form was opened, so that a shift ended or changed by
 * someone else meanwhile is not overwritten.
 */
record EndShiftForm(@NotNull @FormYear LocalDate endDate, @NotNull LocalTime endTime,
		@Nullable @Min(0) @Max(1440) Integer directMinutes, @Nullable Long version) {
}
