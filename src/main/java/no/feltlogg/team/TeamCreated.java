package no.feltlogg.team;

import java.util.UUID;

/**
 * Published when a team is created, so that other modules can give it a starting set of
 * data (code lists).
 */
public record TeamCreated(UUID teamId) {
}
