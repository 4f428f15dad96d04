package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.shared.IdentifyingText;

/**
 * Advice to a youth who stays anonymous about where to get help: the service, the themes, the day, and at most a short
 * note that identifies nobody. Counted apart from referrals, never tied to a youth.
 */
@Entity
class AnonymousGuidance {

	@Id
	private UUID id;

	private UUID teamId;

	private UUID serviceId;

	private String serviceName;

	@Enumerated(EnumType.STRING)
	private ServiceKind serviceKind;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> themes = new ArrayList<>();

	private LocalDate guidedOn;

	private @Nullable String note;

	private UUID recordedBy;

	private Instant recordedAt;

	@Version
	private Long version;

	protected AnonymousGuidance() {
	}

	AnonymousGuidance(UUID teamId, ServiceInfo service, List<String> themes, LocalDate guidedOn,
			@Nullable String note, UUID by, Instant at) {
		if (IdentifyingText.problem(note).isPresent()) {
			throw new IllegalArgumentException("Anonymous guidance identifies nobody");
		}
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.serviceId = service.id();
		this.serviceName = service.name();
		this.serviceKind = service.kind();
		this.themes = new ArrayList<>(themes);
		this.guidedOn = guidedOn;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public UUID getId() {
		return id;
	}

	public String getServiceName() {
		return serviceName;
	}

	public ServiceKind getServiceKind() {
		return serviceKind;
	}

	public List<String> getThemes() {
		return List.copyOf(themes);
	}

	public LocalDate getGuidedOn() {
		return guidedOn;
	}

	public @Nullable String getNote() {
		return note;
	}

	public UUID getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public Long getVersion() {
		return version;
	}

}
