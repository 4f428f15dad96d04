package no.feltlogg.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which rows of a team's access log to read: written by one account or by anyone, in a
 * period (from inclusive, until exclusive), allowed, refused or both.
 */
public record AccessLogQuery(@Nullable UUID accountId, Instant from, Instant until, @Nullable Boolean allowed) {
}
