package no.feltlogg.youth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * A consent given by a youth and/or a guardian, with its scope; withdrawn, never deleted.
 */
@Entity
class Consent {

	@Id
	private UUID id;

	private UUID teamId;

	@Column(name = "youth_id")
	private UUID youthId;

	@Enumerated(EnumType.STRING)
	private ConsentScope scope;

	private @Nullable UUID serviceId;

	private @Nullable String serviceName;

	@Enumerated(EnumType.STRING)
	private ConsentGiver givenBy;

	@Enumerated(EnumType.STRING)
	private HowGiven form;

	private LocalDate givenOn;

	private @Nullable LocalDate expiresOn;

	private @Nullable String note;

	private UUID recordedBy;

	private Instant recordedAt;

	private @Nullable LocalDate withdrawnOn;

	private @Nullable UUID withdrawnBy;

	private @Nullable Instant withdrawalRecordedAt;

	@Version
	private Long version;

	protected Consent() {
	}

	Consent(UUID teamId, UUID youthId, NewConsent given, UUID recordedBy, Instant recordedAt) {
		if (given.scope() == ConsentScope.SHARING && given.serviceId() == null
				&& (given.serviceName() == null || given.serviceName().isBlank())) {
			throw new IllegalArgumentException("A consent to share names the service");
		}
		if (given.expiresOn() != null && given.expiresOn().isBefore(given.givenOn())) {
			throw new IllegalArgumentException("A consent cannot expire before it is given");
		}
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.youthId = youthId;
		this.scope = given.scope();
		this.serviceId = given.serviceId();
		this.serviceName = StringUtils.hasText(given.serviceName()) ? given.serviceName().strip() : null;
		this.givenBy = given.givenBy();
		this.form = given.howGiven();
		this.givenOn = given.givenOn();
		this.expiresOn = given.expiresOn();
		this.note = StringUtils.hasText(given.note()) ? given.note().strip() : null;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void withdraw(LocalDate on, UUID by, Instant at) {
		if (withdrawnOn != null) {
			throw new IllegalStateException("Consent " + id + " is already withdrawn");
		}
		if (on.isBefore(givenOn)) {
			throw new IllegalArgumentException("A consent cannot be withdrawn before it was given");
		}
		this.withdrawnOn = on;
		this.withdrawnBy = by;
		this.withdrawalRecordedAt = at;
	}

	boolean isWithdrawn() {
		return withdrawnOn != null;
	}

	ConsentView view() {
		return new ConsentView(id, youthId, scope, serviceId, serviceName, givenBy, form, givenOn, expiresOn, note,
				recordedBy, withdrawnOn, withdrawnBy);
	}

	public UUID getId() {
		return id;
	}

	public ConsentScope getScope() {
		return scope;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

	@Nullable Instant getWithdrawalRecordedAt() {
		return withdrawalRecordedAt;
	}

}
