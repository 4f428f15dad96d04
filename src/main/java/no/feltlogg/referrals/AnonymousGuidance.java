package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;

/**
 * Advice to a youth who stays anonymous about where to get help: the service, the themes,
 * the day, and at most a short note that identifies nobody. Counted apart from referrals,
 * never tied to a youth.
 */
@Entity
class AnonymousGuidance extends GuidanceRecord {

	private UUID serviceId;

	private String serviceName;

	@Enumerated(EnumType.STRING)
	private ServiceKind serviceKind;

	protected AnonymousGuidance() {
	}

	AnonymousGuidance(UUID teamId, ServiceInfo service, List<String> themes, LocalDate guidedOn, @Nullable String note,
			UUID by, Instant at) {
		super(teamId, themes, guidedOn, note, by, at, "Anonymous guidance identifies nobody");
		this.serviceId = service.id();
		this.serviceName = service.name();
		this.serviceKind = service.kind();
	}

	public String getServiceName() {
		return serviceName;
	}

	public ServiceKind getServiceKind() {
		return serviceKind;
	}

}
