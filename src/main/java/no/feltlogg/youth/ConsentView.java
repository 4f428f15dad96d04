package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A consent as other modules see it. Ask {@link #statusOn(LocalDate)} before relying on
 * it: a withdrawn or expired consent must be shown as such wherever it is used, and
 * nothing may be shared under it.
 */
public record ConsentView(UUID id, UUID youthId, ConsentScope scope, @Nullable UUID serviceId,
		@Nullable String serviceName, ConsentGiver givenBy, HowGiven howGiven, LocalDate givenOn,
		@Nullable LocalDate expiresOn, @Nullable String note, UUID recordedBy, @Nullable LocalDate withdrawnOn,
		@Nullable UUID withdrawnBy) {

	public ConsentStatus statusOn(LocalDate day) {
		if (withdrawnOn != null && !day.isBefore(withdrawnOn)) {
			return ConsentStatus.WITHDRAWN;
		}
		if (day.isBefore(givenOn)) {
			return ConsentStatus.NOT_YET_VALID;
		}
		if (expiresOn != null && day.isAfter(expiresOn)) {
			return ConsentStatus.EXPIRED;
		}
		return ConsentStatus.VALID;
	}

	public boolean isValidOn(LocalDate day) {
		return statusOn(day) == ConsentStatus.VALID;
	}

	/**
	 * Whether this consent covers sharing with a service: a consent to share names its
	 * service.
	 */
	public boolean covers(ConsentScope scope, @Nullable UUID serviceId) {
		return this.scope == scope && (serviceId == null || serviceId.equals(this.serviceId));
	}

}
