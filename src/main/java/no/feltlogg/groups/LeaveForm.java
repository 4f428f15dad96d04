package no.feltlogg.groups;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import no.feltlogg.shared.FormYear;

/** The day a youth leaves a group. */
record LeaveForm(@NotNull @FormYear LocalDate leftOn) {
}
