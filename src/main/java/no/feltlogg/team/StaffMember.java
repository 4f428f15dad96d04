package no.feltlogg.team;

import java.util.UUID;

import no.feltlogg.shared.Role;

/**
 * A member of a team's staff as other modules see it: enough to pick and show, no
 * credentials.
 */
public record StaffMember(UUID accountId, String displayName, Role role) {
}
