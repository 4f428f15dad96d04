package no.feltlogg.apitokens;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A token as its list shows it: never the token itself, only the first characters to tell
 * tokens apart.
 */
public record ApiToken(UUID id, String name, @Nullable UUID teamId, @Nullable String teamName, String prefix,
		String createdByRole, @Nullable String createdByName, Instant createdAt, @Nullable Instant revokedAt,
		@Nullable Instant lastUsedAt) {

	boolean revoked() {
		return revokedAt != null;
	}

}
