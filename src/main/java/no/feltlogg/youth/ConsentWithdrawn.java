package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Published when a consent is withdrawn. From {@code withdrawnOn} nothing more may be
 * shared under it; what was shared before stays documented.
 */
public record ConsentWithdrawn(UUID consentId, UUID teamId, UUID youthId, ConsentScope scope, @Nullable UUID serviceId,
		LocalDate withdrawnOn, UUID withdrawnBy) {
}
