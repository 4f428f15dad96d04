package no.feltlogg.youth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why someone needs to open a restricted record. */
record ReasonForm(@NotBlank @Size(min = 10, max = 500) String reason) {
}
