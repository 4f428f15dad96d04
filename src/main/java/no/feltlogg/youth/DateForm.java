package no.feltlogg.youth;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A single date: when a consent was withdrawn. Left empty or in the future, it is refused
 * at the field.
 */
record DateForm(@Nullable @FormYear LocalDate date) {
}
