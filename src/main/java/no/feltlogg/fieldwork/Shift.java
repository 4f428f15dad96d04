package no.feltlogg.fieldwork;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A shift (vakt): who worked, where, from when to when, and how much of it was spent
 * directly with youths.
 */
@Entity
class Shift {

	@Id
	private UUID id;

	private UUID teamId;

	private Instant startedAt;

	private @Nullable Instant endedAt;

	private String arenaCode;

	private @Nullable Integer directMinutes;

	private @Nullable String notes;

	private UUID createdBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "shift_worker", joinColumns = @JoinColumn(name = "shift_id"))
	@Column(name = "account_id")
	private Set<UUID> workers = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "shift_area", joinColumns = @JoinColumn(name = "shift_id"))
	@Column(name = "area_id")
	private Set<UUID> areas = new HashSet<>();

	@Version
	private Long version;

	protected Shift() {
	}

	/** A shift started by a worker, recorded at {@code createdAt}. */
	Shift(UUID teamId, UUID startedBy, Instant startedAt, String arenaCode, Set<UUID> areas, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.startedAt = startedAt;
		this.arenaCode = arenaCode;
		this.createdBy = startedBy;
		this.createdAt = createdAt;
		this.workers.add(startedBy);
		this.areas.addAll(areas);
	}

	/**
	 * Ends the shift with the minutes spent directly with youths as the worker entered
	 * them; none entered is none counted, never the whole shift (ADR 0038).
	 */
	void end(Instant at, @Nullable Integer directMinutes) {
		if (!at.isAfter(startedAt)) {
			throw new IllegalArgumentException("A shift ends after it starts");
		}
		this.endedAt = at;
		this.directMinutes = directMinutes;
	}

	/** The plain editable details of the shift. */
	void describe(Instant startedAt, @Nullable Instant endedAt, String arenaCode, Set<UUID> workers, Set<UUID> areas,
			@Nullable Integer directMinutes, @Nullable String notes) {
		this.startedAt = startedAt;
		this.endedAt = endedAt;
		this.arenaCode = arenaCode;
		this.workers.clear();
		this.workers.addAll(workers);
		this.areas.clear();
		this.areas.addAll(areas);
		this.directMinutes = directMinutes;
		this.notes = notes == null || notes.isBlank() ? null : notes.trim();
	}

	public boolean isOpen() {
		return endedAt == null;
	}

	public Duration lengthUntil(Instant now) {
		return Duration.between(startedAt, endedAt != null ? endedAt : now);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	@Nullable public Instant getEndedAt() {
		return endedAt;
	}

	public String getArenaCode() {
		return arenaCode;
	}

	@Nullable public Integer getDirectMinutes() {
		return directMinutes;
	}

	@Nullable public String getNotes() {
		return notes;
	}

	public Set<UUID> getWorkers() {
		return Set.copyOf(workers);
	}

	public Set<UUID> getAreas() {
		return Set.copyOf(areas);
	}

	public Long getVersion() {
		return version;
	}

}
