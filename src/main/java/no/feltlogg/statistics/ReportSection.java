package no.feltlogg.statistics;

import org.jspecify.annotations.Nullable;

/** A table of the report with the leader's comment to it. */
public record ReportSection(Table table, @Nullable String comment) {
}
