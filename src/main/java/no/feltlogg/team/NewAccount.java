package no.feltlogg.team;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Role;

/**
 * What it takes to create a staff account; the password is given in clear and hashed on
 * the way in.
 */
public record NewAccount(UUID municipalityId, @Nullable UUID teamId, String username, String displayName, Role role,
		String password) {
}
