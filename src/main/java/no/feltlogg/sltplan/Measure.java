package no.feltlogg.sltplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure (tiltak) of the municipality's SLT action plan, with the SLT areas it works
 * in.
 */
public record Measure(UUID id, String name, String targetGroup, String responsibleUnit, LocalDate startsOn,
		@Nullable LocalDate endsOn, MeasureStatus status, List<UUID> areaIds) {
}
