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
 * A criterion of worrying development, noted on a day and ended when it no longer
 * applies.
 */
@Entity
class Concern {

	@Id
	private UUID id;

	private UUID teamId;

	@Column(name = "youth_id")
	private UUID youthId;

	@Enumerated(EnumType.STRING)
	private ConcernCriterion criterion;

	private LocalDate notedOn;

	private @Nullable LocalDate endedOn;

	private @Nullable String note;

	private UUID notedBy;

	private Instant recordedAt;

	@Version
	private Long version;

	protected Concern() {
	}

	Concern(UUID teamId, UUID youthId, ConcernCriterion criterion, LocalDate notedOn, @Nullable String note,
			UUID notedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.youthId = youthId;
		this.criterion = criterion;
		this.notedOn = notedOn;
		this.note = StringUtils.hasText(note) ? note.strip() : null;
		this.notedBy = notedBy;
		this.recordedAt = recordedAt;
	}

	void end(LocalDate on) {
		if (endedOn != null) {
			throw new IllegalStateException("Concern " + id + " has already ended");
		}
		if (on.isBefore(notedOn)) {
			throw new IllegalArgumentException("A concern cannot end before it was noted");
		}
		this.endedOn = on;
	}

	public boolean isCurrent() {
		return endedOn == null;
	}

	public UUID getId() {
		return id;
	}

	public ConcernCriterion getCriterion() {
		return criterion;
	}

	public LocalDate getNotedOn() {
		return notedOn;
	}

	public @Nullable LocalDate getEndedOn() {
		return endedOn;
	}

	public @Nullable String getNote() {
		return note;
	}

	public UUID getNotedBy() {
		return notedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
