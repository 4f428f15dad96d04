package no.feltlogg.youth;

import jakarta.validation.constraints.NotBlank;

/** A single date: when a consent was withdrawn, a concern ended. */
record DateForm(@NotBlank String date) {
}
