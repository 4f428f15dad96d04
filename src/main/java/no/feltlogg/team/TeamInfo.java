package no.feltlogg.team;

import java.util.UUID;

/** A team as other modules see it. */
public record TeamInfo(UUID id, UUID municipalityId, String name) {
}
