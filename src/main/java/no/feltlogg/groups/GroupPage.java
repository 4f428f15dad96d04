package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A group with everyone who takes or took part and every session, and what the page shows
 * of them.
 */
public record GroupPage(ActivityGroup group, List<Participant> participants, List<GroupSession> sessions,
		LocalDate today) {

	public GroupPage {
		participants = List.copyOf(participants);
		sessions = List.copyOf(sessions);
	}

	public List<GroupSession> held() {
		return sessions.stream().filter(GroupSession::isHeld).toList();
	}

	/** Sessions planned and not yet held, soonest first. */
	public List<GroupSession> plan() {
		return sessions.stream().filter(GroupSession::isPlanned).toList();
	}

	public List<GroupSession> cancelled() {
		return sessions.stream().filter(s -> s.getStatus() == SessionStatus.CANCELLED).toList();
	}

	/** Held sessions as a whole percentage of the planned number of sessions. */
	public long heldPercent() {
		return Math.round(100.0 * held().size() / group.getPlannedSessions());
	}

	public List<Participant> current() {
		return participants.stream().filter(p -> !p.hasLeft()).toList();
	}

	public List<Participant> former() {
		return participants.stream().filter(Participant::hasLeft).toList();
	}

	public List<UUID> youthIds() {
		var ids = new ArrayList<UUID>();
		participants.forEach(p -> ids.add(p.getYouthId()));
		return ids;
	}

	/**
	 * What is recorded for a participant at a held session: a status, "-" when she was
	 * not in the group then.
	 */
	public String mark(Participant participant, GroupSession session) {
		var attendance = session.attendanceOf(participant.getYouthId());
		if (attendance.isPresent()) {
			return attendance.get().status().name();
		}
		return participant.isMemberOn(session.getSessionDate()) ? "NONE" : "OUTSIDE";
	}

	/**
	 * Sessions a participant attended, of the held sessions while she was in the group.
	 */
	public long attended(Participant participant) {
		return held().stream()
			.filter(s -> s.attendanceOf(participant.getYouthId()).filter(Attendance::isPresent).isPresent())
			.count();
	}

	public long heldWhileMember(Participant participant) {
		return held().stream()
			.filter(s -> participant.isMemberOn(s.getSessionDate())
					|| s.attendanceOf(participant.getYouthId()).isPresent())
			.count();
	}

	/** Participants on the day of a session. */
	public long membersOn(GroupSession session) {
		return participants.stream().filter(p -> p.isMemberOn(session.getSessionDate())).count();
	}

	/**
	 * Anonymous participants by gender and age band for a session, keyed
	 * {@code GENDER:band}.
	 */
	public Map<String, Integer> anonymous(GroupSession session) {
		var counts = new HashMap<String, Integer>();
		session.getAnonymous()
			.forEach(c -> counts.merge(c.gender().name() + ":" + c.ageBand(), c.count(), Integer::sum));
		return counts;
	}

	public Set<UUID> staff() {
		return new HashSet<>(group.getStaff());
	}

}
