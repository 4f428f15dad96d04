package no.feltlogg.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * A group's sessions: planned one at a time or as a weekly series, described, cancelled
 * and reinstated. Scoped to the caller's team like {@link Groups}; attendance is
 * {@link Attendances}'.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Sessions {

	private final Groups groups;

	private final GroupSessionRepository sessions;

	private final Clock clock;

	Sessions(Groups groups, GroupSessionRepository sessions, Clock clock) {
		this.groups = groups;
		this.sessions = sessions;
		this.clock = clock;
	}

	public UUID planSession(CurrentUser user, UUID groupId, SessionDetails details) {
		var group = groups.group(user, groupId);
		return sessions.save(new GroupSession(group, details, user.accountId(), clock.instant())).getId();
	}

	/**
	 * Plans a series of sessions, one every so many weeks from the first; returns how
	 * many were planned.
	 */
	public int planSeries(CurrentUser user, UUID groupId, SessionDetails first, int count, int everyWeeks) {
		var group = groups.group(user, groupId);
		for (int i = 0; i < count; i++) {
			var date = first.date().plusWeeks((long) i * everyWeeks);
			sessions.save(new GroupSession(group, new SessionDetails(date, first.startsAt(), first.endsAt(),
					first.themeCode(), first.activity(), first.note()), user.accountId(), clock.instant()));
		}
		return count;
	}

	@Transactional(readOnly = true)
	public GroupSession session(CurrentUser user, UUID groupId, UUID sessionId) {
		return sessions.findByIdAndTeamId(sessionId, user.requireTeamId())
			.filter(s -> s.getGroupId().equals(groupId))
			.orElseThrow(() -> new NotFoundException("Session"));
	}

	public void describeSession(CurrentUser user, UUID groupId, UUID sessionId, long version, SessionDetails details) {
		var session = session(user, groupId, sessionId);
		Groups.checkVersion(session.getVersion(), version, GroupSession.class, sessionId);
		if (session.isHeld() && details.date().isAfter(LocalDate.now(clock))) {
			throw new IllegalArgumentException("A held session cannot be moved into the future");
		}
		session.describe(details);
	}

	public void cancelSession(CurrentUser user, UUID groupId, UUID sessionId) {
		session(user, groupId, sessionId).cancel();
	}

	public void reinstateSession(CurrentUser user, UUID groupId, UUID sessionId) {
		session(user, groupId, sessionId).reinstate();
	}

}
