package no.feltlogg.groups;

import jakarta.validation.constraints.NotBlank;

/** The day a youth leaves a group. */
record LeaveForm(@NotBlank String leftOn) {
}
