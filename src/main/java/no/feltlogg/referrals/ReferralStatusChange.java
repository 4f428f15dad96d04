package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * One step of a referral's status, with the day it happened, a note (the reason, when
 * declined), who and when.
 */
@Entity
class ReferralStatusChange {

	@Id
	private UUID id;

	private UUID teamId;

	@Column(name = "referral_id")
	private UUID referralId;

	@Enumerated(EnumType.STRING)
	private @Nullable ReferralStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ReferralStatus toStatus;

	private LocalDate changedOn;

	private @Nullable String note;

	private UUID changedBy;

	private Instant changedAt;

	protected ReferralStatusChange() {
	}

	ReferralStatusChange(UUID teamId, UUID referralId, @Nullable ReferralStatus from, ReferralStatus to, LocalDate on,
			@Nullable String note, UUID by, Instant at) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.referralId = referralId;
		this.fromStatus = from;
		this.toStatus = to;
		this.changedOn = on;
		this.note = note;
		this.changedBy = by;
		this.changedAt = at;
	}

	public UUID getId() {
		return id;
	}

	public @Nullable ReferralStatus getFromStatus() {
		return fromStatus;
	}

	public ReferralStatus getToStatus() {
		return toStatus;
	}

	public LocalDate getChangedOn() {
		return changedOn;
	}

	public @Nullable String getNote() {
		return note;
	}

	public UUID getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
