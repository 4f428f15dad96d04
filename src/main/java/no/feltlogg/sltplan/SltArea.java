package no.feltlogg.sltplan;

import java.util.List;
import java.util.UUID;

/**
 * An SLT area: a name for a group of the teams' own areas, by their names (the SLT views
 * match the municipality's areas across teams by name).
 */
public record SltArea(UUID id, String name, List<String> areaNames) {
}
