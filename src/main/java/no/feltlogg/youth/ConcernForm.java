package no.feltlogg.youth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record ConcernForm(@Nullable @NotNull ConcernCriterion criterion, @NotBlank String notedOn,
		@Nullable @Size(max = 500) String note) {
}
