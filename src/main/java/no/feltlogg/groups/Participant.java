package no.feltlogg.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A registered youth in a group, from the day she joined up to, not including, the day
 * she left.
 */
@Entity
@Table(name = "group_participant")
class Participant {

	@Id
	private UUID id;

	private UUID groupId;

	private UUID teamId;

	private UUID youthId;

	private LocalDate joinedOn;

	private @Nullable LocalDate leftOn;

	private UUID addedBy;

	private Instant addedAt;

	@Version
	private Long version;

	protected Participant() {
	}

	Participant(ActivityGroup group, UUID youthId, LocalDate joinedOn, UUID addedBy, Instant addedAt) {
		this.id = UUID.randomUUID();
		this.groupId = group.getId();
		this.teamId = group.getTeamId();
		this.youthId = youthId;
		this.joinedOn = joinedOn;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	/** The youth leaves the group; from {@code on} she is no longer a participant. */
	void leave(LocalDate on) {
		if (leftOn != null) {
			throw new IllegalStateException("Participant " + id + " has already left");
		}
		this.leftOn = on.isBefore(joinedOn) ? joinedOn : on;
	}

	/** Whether the youth was in the group on a day. */
	public boolean isMemberOn(LocalDate day) {
		return !day.isBefore(joinedOn) && (leftOn == null || day.isBefore(leftOn));
	}

	public boolean hasLeft() {
		return leftOn != null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getGroupId() {
		return groupId;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public UUID getYouthId() {
		return youthId;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	public @Nullable LocalDate getLeftOn() {
		return leftOn;
	}

	public UUID getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

	public Long getVersion() {
		return version;
	}

}
