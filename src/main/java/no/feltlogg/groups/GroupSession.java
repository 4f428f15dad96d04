package no.feltlogg.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A session (samling) of a group: planned ahead, then held, with attendance for each
 * participant and perhaps anonymous participants counted by gender and age band, or
 * cancelled.
 */
@Entity
class GroupSession {

	@Id
	private UUID id;

	private UUID groupId;

	private UUID teamId;

	private LocalDate sessionDate;

	private @Nullable LocalTime startsAt;

	private @Nullable LocalTime endsAt;

	private @Nullable String themeCode;

	private @Nullable String activity;

	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	private SessionStatus status;

	private UUID createdBy;

	private Instant createdAt;

	private @Nullable UUID heldBy;

	private @Nullable Instant heldAt;

	@ElementCollection
	@CollectionTable(name = "group_attendance", joinColumns = @JoinColumn(name = "session_id"))
	private Set<Attendance> attendance = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "group_session_anonymous", joinColumns = @JoinColumn(name = "session_id"))
	private Set<AnonymousCount> anonymous = new HashSet<>();

	@Version
	private Long version;

	protected GroupSession() {
	}

	/** A session planned for a day. */
	GroupSession(ActivityGroup group, SessionDetails details, UUID createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.groupId = group.getId();
		this.teamId = group.getTeamId();
		this.status = SessionStatus.PLANNED;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		describe(details);
	}

	void describe(SessionDetails details) {
		this.sessionDate = details.date();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.themeCode = details.themeCode();
		this.activity = details.activity();
		this.note = details.note();
	}

	SessionDetails details() {
		return new SessionDetails(sessionDate, startsAt, endsAt, themeCode, activity, note);
	}

	/**
	 * Records the session as held: the attendance given replaces what was recorded for
	 * those youths (others keep theirs), and the anonymous counts replace the earlier
	 * ones.
	 */
	void hold(Collection<Attendance> marks, Collection<AnonymousCount> counts, UUID by, Instant at) {
		if (status == SessionStatus.CANCELLED) {
			throw new IllegalStateException("Session " + id + " is cancelled");
		}
		for (var mark : marks) {
			attendance.removeIf(a -> a.youthId().equals(mark.youthId()));
			attendance.add(mark);
		}
		anonymous.clear();
		counts.stream().filter(c -> c.count() > 0).forEach(anonymous::add);
		if (status != SessionStatus.HELD) {
			this.status = SessionStatus.HELD;
			this.heldBy = by;
			this.heldAt = at;
		}
	}

	/**
	 * Cancels a planned session; a held one keeps its attendance and cannot be cancelled.
	 */
	void cancel() {
		if (status != SessionStatus.PLANNED) {
			throw new IllegalStateException("Only a planned session can be cancelled, not " + status);
		}
		this.status = SessionStatus.CANCELLED;
	}

	/** Puts a cancelled session back in the plan. */
	void reinstate() {
		if (status != SessionStatus.CANCELLED) {
			throw new IllegalStateException("Only a cancelled session can be put back in the plan");
		}
		this.status = SessionStatus.PLANNED;
	}

	Optional<Attendance> attendanceOf(UUID youthId) {
		return attendance.stream().filter(a -> a.youthId().equals(youthId)).findFirst();
	}

	public long presentCount() {
		return attendance.stream().filter(Attendance::isPresent).count();
	}

	public int anonymousTotal() {
		return anonymous.stream().mapToInt(AnonymousCount::count).sum();
	}

	public boolean isHeld() {
		return status == SessionStatus.HELD;
	}

	public boolean isPlanned() {
		return status == SessionStatus.PLANNED;
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

	public LocalDate getSessionDate() {
		return sessionDate;
	}

	public @Nullable LocalTime getStartsAt() {
		return startsAt;
	}

	public @Nullable LocalTime getEndsAt() {
		return endsAt;
	}

	public @Nullable String getThemeCode() {
		return themeCode;
	}

	public @Nullable String getActivity() {
		return activity;
	}

	public @Nullable String getNote() {
		return note;
	}

	public SessionStatus getStatus() {
		return status;
	}

	public @Nullable Instant getHeldAt() {
		return heldAt;
	}

	public List<Attendance> getAttendance() {
		return List.copyOf(attendance);
	}

	public List<AnonymousCount> getAnonymous() {
		return List.copyOf(anonymous);
	}

	public Long getVersion() {
		return version;
	}

}
