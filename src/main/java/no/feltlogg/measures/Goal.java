package no.feltlogg.measures;

import java.util.UUID;

/** A goal of a measure's plan, in the order the plan gives them. */
public record Goal(UUID id, int position, String text) {
}
