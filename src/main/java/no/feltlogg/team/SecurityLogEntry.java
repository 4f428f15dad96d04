package no.feltlogg.team;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of the security log: what happened, who did it (as typed, for a failed
 * sign-in), which account, team or youth it concerned, and for an administrator's change
 * the values before and after.
 */
public record SecurityLogEntry(UUID id, Instant at, SecurityEvent event, @Nullable String actorUsername,
		@Nullable String actorRole, @Nullable UUID teamId, @Nullable UUID formerTeamId, @Nullable UUID targetId,
		@Nullable String targetName, @Nullable String detail, @Nullable String before, @Nullable String after,
		@Nullable String address) {
}
