package no.feltlogg.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Role;

/**
 * One row of the access log: who read or changed which youth's record, when, what, why,
 * and whether it was allowed. {@code subject} is a stable code (shown through the message
 * {@code audit.subject.<code>}); {@code detail} says which entry or field, where that
 * helps.
 */
public record AccessLogEntry(UUID id, Instant at, UUID accountId, String username, Role role, @Nullable UUID teamId,
		@Nullable UUID youthId, Access action, String subject, @Nullable String detail, @Nullable String reason,
		boolean allowed) {
}
