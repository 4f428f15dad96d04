package no.feltlogg.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.youth.Youths;

/**
 * Attendance at a group's sessions: the sheet of a session, who can be recorded, and
 * taking attendance. A youth's attendance can be recorded as she can join a group
 * ({@link Participants#mayJoin}), for the session's day; what was recorded before a
 * withdrawal of consent stays. Every youth shown or changed is logged.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Attendances {

	private final Groups groups;

	private final Participants participants;

	private final Sessions sessions;

	private final ParticipantRepository participantRows;

	private final Youths youths;

	private final Catalog catalog;

	private final Clock clock;

	Attendances(Groups groups, Participants participants, Sessions sessions, ParticipantRepository participantRows,
			Youths youths, Catalog catalog, Clock clock) {
		this.groups = groups;
		this.participants = participants;
		this.sessions = sessions;
		this.participantRows = participantRows;
		this.youths = youths;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Whether attendance can be recorded for a youth at a session on a day: as for
	 * joining a group.
	 */
	@Transactional(readOnly = true)
	public boolean mayRecord(CurrentUser user, UUID youthId, LocalDate sessionDate) {
		return participants.mayJoin(user, youthId, sessionDate);
	}

	/**
	 * The participants on a session's day whose attendance can be recorded; nothing is
	 * read or logged.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> recordable(CurrentUser user, GroupPage page, GroupSession session) {
		var date = session.getSessionDate();
		var recordable = new HashSet<UUID>();
		members(page.participants(), date).stream().filter(y -> mayRecord(user, y, date)).forEach(recordable::add);
		return recordable;
	}

	/**
	 * Records a session as held with the attendance given. Only marks that are new or
	 * changed are written, each logged as a change of that youth's record, with her
	 * gender and age band on the session's day. A youth must be a participant on that
	 * day, and her record must take entries; the anonymous counts replace earlier ones
	 * while the group takes anonymous participants.
	 */
	public void takeAttendance(CurrentUser user, UUID groupId, UUID sessionId, long version,
			Map<UUID, AttendanceStatus> marks, List<AnonymousCount> anonymous) {
		var group = groups.group(user, groupId);
		var session = sessions.session(user, groupId, sessionId);
		Groups.checkVersion(session.getVersion(), version, GroupSession.class, sessionId);
		var date = session.getSessionDate();
		if (date.isAfter(LocalDate.now(clock))) {
			throw new IllegalStateException("Session " + sessionId + " has not been held yet");
		}
		var members = members(participantRows.findByGroupIdOrderByJoinedOn(group.getId()), date);
		var team = user.requireTeamId();
		var now = clock.instant();
		var changed = new ArrayList<Attendance>();
		for (var mark : marks.entrySet()) {
			var youthId = mark.getKey();
			var current = session.attendanceOf(youthId);
			if (current.isPresent() && current.get().status() == mark.getValue()) {
				continue;
			}
			if (!members.contains(youthId) && current.isEmpty()) {
				throw new IllegalStateException("Youth " + youthId + " was not in the group on " + date);
			}
			if (!mayRecord(user, youthId, date)) {
				throw new IllegalStateException("Attendance of youth " + youthId + " cannot be recorded");
			}
			var youth = youths.open(user, youthId, Access.CHANGE, Subjects.ATTENDANCE.code(),
					Groups.describe(group, date) + ": " + mark.getValue().name());
			var band = catalog.ageBandFor(team, youth.ageOn(date)).map(CodeItem::code).orElse(null);
			changed.add(new Attendance(youthId, mark.getValue(), youth.gender(), band, user.accountId(), now));
		}
		// a group that no longer takes anonymous participants keeps the counts it
		// recorded while it did
		session.hold(changed, group.isAllowsAnonymous() ? anonymous : session.getAnonymous(), user.accountId(), now);
		group.sessionHeld();
	}

	/**
	 * The attendance sheet of a session: every participant on its day and everyone whose
	 * attendance is recorded, by name, each read logged; whether each can be recorded,
	 * and what is recorded.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<SheetRow> sheet(CurrentUser user, GroupPage page, GroupSession session) {
		var date = session.getSessionDate();
		var ids = new LinkedHashSet<UUID>(members(page.participants(), date));
		session.getAttendance().forEach(a -> ids.add(a.youthId()));
		var people = groups.read(user, ids, Subjects.ATTENDANCE, Groups.describe(page.group(), date));
		var rows = new ArrayList<SheetRow>();
		for (var person : people.values()) {
			var mark = session.attendanceOf(person.youthId()).map(Attendance::status).orElse(null);
			boolean recordable = person.youth() != null && mayRecord(user, person.youthId(), date);
			rows.add(new SheetRow(person, mark, recordable));
		}
		rows.sort(Comparator.comparing((SheetRow r) -> r.person().youth() == null)
			.thenComparing(r -> r.person().sortName()));
		return rows;
	}

	private static Set<UUID> members(List<Participant> participants, LocalDate date) {
		var members = new LinkedHashSet<UUID>();
		participants.stream().filter(p -> p.isMemberOn(date)).forEach(p -> members.add(p.getYouthId()));
		return members;
	}

	/** One line of the attendance sheet. */
	public record SheetRow(Groups.Person person, @Nullable AttendanceStatus mark, boolean recordable) {
	}

}
