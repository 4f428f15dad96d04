package no.feltlogg.youth;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A change of priority level; the version is the youth's as the form was opened, so two
 * changes at once cannot both apply.
 */
record PriorityForm(@Nullable @NotNull PriorityLevel level, @Nullable @FormYear LocalDate date,
		@NotBlank @Size(max = 500) String reason, @Nullable Long version) {
}
