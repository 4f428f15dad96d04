package no.feltlogg.youth;

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
 * One step in a youth's priority history: from which level to which, on which day, by
 * whom and why. Never changed.
 */
@Entity
class PriorityChange {

	@Id
	private UUID id;

	private UUID teamId;

	@Column(name = "youth_id")
	private UUID youthId;

	@Enumerated(EnumType.STRING)
	private @Nullable PriorityLevel fromLevel;

	@Enumerated(EnumType.STRING)
	private PriorityLevel toLevel;

	private LocalDate changedOn;

	private String reason;

	private UUID changedBy;

	private Instant recordedAt;

	protected PriorityChange() {
	}

	PriorityChange(UUID teamId, UUID youthId, @Nullable PriorityLevel fromLevel, PriorityLevel toLevel,
			LocalDate changedOn, String reason, UUID changedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.youthId = youthId;
		this.fromLevel = fromLevel;
		this.toLevel = toLevel;
		this.changedOn = changedOn;
		this.reason = reason.trim();
		this.changedBy = changedBy;
		this.recordedAt = recordedAt;
	}

	public UUID getId() {
		return id;
	}

	public @Nullable PriorityLevel getFromLevel() {
		return fromLevel;
	}

	public PriorityLevel getToLevel() {
		return toLevel;
	}

	public LocalDate getChangedOn() {
		return changedOn;
	}

	public String getReason() {
		return reason;
	}

	public UUID getChangedBy() {
		return changedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public UUID getYouthId() {
		return youthId;
	}

}
