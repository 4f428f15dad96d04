package no.feltlogg.team;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Role;

/**
 * Name, role and team of an existing account; the version guards against two
 * administrators at once.
 */
record AccountEditForm(@NotBlank @Size(max = 120) String displayName, @NotNull Role role, @Nullable UUID teamId,
		long version) {
}
