package no.feltlogg.sltplan;

import java.util.List;
import java.util.UUID;

/** An SLT area: a name for a group of the teams' own areas (code list items of kind AREA, by id). */
public record SltArea(UUID id, String name, List<UUID> areaCodeIds) {
}
