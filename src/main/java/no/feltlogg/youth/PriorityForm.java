package no.feltlogg.youth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record PriorityForm(@Nullable @NotNull PriorityLevel level, @NotBlank String date,
		@NotBlank @Size(max = 500) String reason) {
}
