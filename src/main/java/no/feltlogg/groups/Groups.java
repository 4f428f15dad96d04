package no.feltlogg.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.NeedToKnowRequired;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Groups, their participants and sessions, and attendance. Everything is scoped to the caller's team: another team's
 * group, participant or session is not found. A registered youth's data is read and changed through the youth module,
 * which checks need to know and writes the access log: one row per youth shown on a page, one per youth changed.
 * <p>
 * Only a youth whose record takes new entries (active, with a consent to registration in force) can join a group or
 * have attendance recorded, and only for days her consent covers; what was recorded before a withdrawal stays.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Groups {

	private final ActivityGroupRepository groups;

	private final ParticipantRepository participants;

	private final GroupSessionRepository sessions;

	private final Youths youths;

	private final Catalog catalog;

	private final Clock clock;

	Groups(ActivityGroupRepository groups, ParticipantRepository participants, GroupSessionRepository sessions,
			Youths youths, Catalog catalog, Clock clock) {
		this.groups = groups;
		this.participants = participants;
		this.sessions = sessions;
		this.youths = youths;
		this.catalog = catalog;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- groups

	/** The team's groups, running first, then planned, then finished, with their numbers. */
	@Transactional(readOnly = true)
	public List<GroupRow> list(CurrentUser user) {
		var team = user.requireTeamId();
		var all = groups.findByTeamIdOrderByStartsOnDescNameAsc(team);
		if (all.isEmpty()) {
			return List.of();
		}
		var ids = all.stream().map(ActivityGroup::getId).toList();
		var byGroup = sessions.findByGroupIdInOrderBySessionDateAscStartsAtAsc(ids)
			.stream()
			.collect(Collectors.groupingBy(GroupSession::getGroupId));
		var today = today();
		var members = participants.findByGroupIdIn(ids)
			.stream()
			.filter(p -> p.isMemberOn(today))
			.collect(Collectors.groupingBy(Participant::getGroupId, Collectors.counting()));
		return all.stream().map(g -> {
			var own = byGroup.getOrDefault(g.getId(), List.of());
			long held = own.stream().filter(GroupSession::isHeld).count();
			var next = own.stream()
				.filter(s -> s.isPlanned() && !s.getSessionDate().isBefore(today))
				.map(GroupSession::getSessionDate)
				.findFirst()
				.orElse(null);
			return new GroupRow(g, members.getOrDefault(g.getId(), 0L), held, next);
		}).sorted(Comparator.comparing((GroupRow r) -> r.group().getStatus() == GroupStatus.RUNNING ? 0
				: r.group().getStatus() == GroupStatus.PLANNED ? 1 : 2)).toList();
	}

	public UUID create(CurrentUser user, GroupDetails details) {
		return groups.save(new ActivityGroup(user.requireTeamId(), details, user.accountId(), clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public ActivityGroup group(CurrentUser user, UUID groupId) {
		return groups.findByIdAndTeamId(groupId, user.requireTeamId())
			.orElseThrow(() -> new NotFoundException("Group"));
	}

	public void describe(CurrentUser user, UUID groupId, long version, GroupDetails details) {
		var group = group(user, groupId);
		checkVersion(group.getVersion(), version, ActivityGroup.class, groupId);
		group.describe(details);
	}

	// ---------------------------------------------------------------- participants

	/** Whether a youth may join a group on a day: the record takes entries and her consent covers the day. */
	@Transactional(readOnly = true)
	public boolean mayJoin(CurrentUser user, UUID youthId, LocalDate on) {
		var team = user.requireTeamId();
		return youths.isOpenForEntries(team, youthId)
				&& youths.hasValidConsent(team, youthId, ConsentScope.REGISTRATION, null, on);
	}

	/** The team's active youths who are not in the group, whose name contains the query; names only; the page that shows them logs them. */
	@Transactional(readOnly = true)
	public List<YouthSummary> candidates(CurrentUser user, UUID groupId, @Nullable String query) {
		var group = group(user, groupId);
		var inGroup = participants.findByGroupIdOrderByJoinedOn(group.getId())
			.stream()
			.map(Participant::getYouthId)
			.collect(Collectors.toSet());
		var folded = query == null ? "" : fold(query);
		return youths.active(user)
			.stream()
			.filter(y -> !inGroup.contains(y.id()))
			.filter(y -> folded.isEmpty() || fold(y.name()).contains(folded))
			.toList();
	}

	/**
	 * Adds registered youths to a group from a day. Each must be allowed to join ({@link #mayJoin}) and not already
	 * be in the group; each addition is logged as a change of the youth's record.
	 */
	public void addParticipants(CurrentUser user, UUID groupId, Collection<UUID> youthIds, LocalDate joinedOn) {
		var group = group(user, groupId);
		for (var youthId : new LinkedHashSet<>(youthIds)) {
			if (participants.findByGroupIdAndYouthId(group.getId(), youthId).isPresent()) {
				throw new IllegalStateException("Youth " + youthId + " is already in group " + groupId);
			}
			if (!mayJoin(user, youthId, joinedOn)) {
				throw new IllegalStateException("Youth " + youthId + " cannot join a group without consent");
			}
			youths.open(user, youthId, Access.CHANGE, Subjects.JOINED, describe(group, joinedOn));
			participants.save(new Participant(group, youthId, joinedOn, user.accountId(), clock.instant()));
		}
	}

	@Transactional(readOnly = true)
	public Participant participant(CurrentUser user, UUID groupId, UUID participantId) {
		return participants.findByIdAndTeamId(participantId, user.requireTeamId())
			.filter(p -> p.getGroupId().equals(groupId))
			.orElseThrow(() -> new NotFoundException("Participant"));
	}

	/** The id of a youth's participation in a group, for letting her leave it. */
	@Transactional(readOnly = true)
	public UUID participantId(CurrentUser user, UUID groupId, UUID youthId) {
		var group = group(user, groupId);
		return participants.findByGroupIdAndYouthId(group.getId(), youthId)
			.map(Participant::getId)
			.orElseThrow(() -> new NotFoundException("Participant"));
	}

	/** The youth leaves the group: from that day she is no longer a participant; her attendance stays. */
	public void leave(CurrentUser user, UUID groupId, UUID participantId, LocalDate on) {
		var group = group(user, groupId);
		var participant = participant(user, groupId, participantId);
		youths.open(user, participant.getYouthId(), Access.CHANGE, Subjects.LEFT, describe(group, on));
		participant.leave(on);
	}

	// ---------------------------------------------------------------- sessions

	public UUID planSession(CurrentUser user, UUID groupId, SessionDetails details) {
		var group = group(user, groupId);
		return sessions.save(new GroupSession(group, details, user.accountId(), clock.instant())).getId();
	}

	/** Plans a series of sessions, one every so many weeks from the first; returns how many were planned. */
	public int planSeries(CurrentUser user, UUID groupId, SessionDetails first, int count, int everyWeeks) {
		var group = group(user, groupId);
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

	public void describeSession(CurrentUser user, UUID groupId, UUID sessionId, long version,
			SessionDetails details) {
		var session = session(user, groupId, sessionId);
		checkVersion(session.getVersion(), version, GroupSession.class, sessionId);
		if (session.isHeld() && details.date().isAfter(today())) {
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

	/** Whether attendance can be recorded for a youth at a session on a day: as for joining a group. */
	@Transactional(readOnly = true)
	public boolean mayRecord(CurrentUser user, UUID youthId, LocalDate sessionDate) {
		return mayJoin(user, youthId, sessionDate);
	}

	/** The participants on a session's day whose attendance can be recorded; nothing is read or logged. */
	@Transactional(readOnly = true)
	public Set<UUID> recordable(CurrentUser user, GroupPage page, GroupSession session) {
		var date = session.getSessionDate();
		var recordable = new HashSet<UUID>();
		members(page.participants(), date).stream().filter(y -> mayRecord(user, y, date)).forEach(recordable::add);
		return recordable;
	}

	/**
	 * Records a session as held with the attendance given. Only marks that are new or changed are written, each
	 * logged as a change of that youth's record, with her gender and age band on the session's day. A youth must be a
	 * participant on that day, and her record must take entries; the anonymous counts replace earlier ones while
	 * the group takes anonymous participants.
	 */
	public void takeAttendance(CurrentUser user, UUID groupId, UUID sessionId, long version,
			Map<UUID, AttendanceStatus> marks, List<AnonymousCount> anonymous) {
		var group = group(user, groupId);
		var session = session(user, groupId, sessionId);
		checkVersion(session.getVersion(), version, GroupSession.class, sessionId);
		var date = session.getSessionDate();
		if (date.isAfter(today())) {
			throw new IllegalStateException("Session " + sessionId + " has not been held yet");
		}
		var members = members(group, date);
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
			var youth = youths.open(user, youthId, Access.CHANGE, Subjects.ATTENDANCE,
					describe(group, date) + ": " + mark.getValue().name());
			var band = catalog.ageBandFor(team, youth.ageOn(date)).map(CodeItem::code).orElse(null);
			changed.add(new Attendance(youthId, mark.getValue(), youth.gender(), band, user.accountId(), now));
		}
		// a group that no longer takes anonymous participants keeps the counts it recorded while it did
		session.hold(changed, group.isAllowsAnonymous() ? anonymous : session.getAnonymous(), user.accountId(), now);
		group.sessionHeld();
	}

	// ---------------------------------------------------------------- pages

	/** A group with its participants and sessions; who the participants are is read with {@link #read}. */
	@Transactional(readOnly = true)
	public GroupPage page(CurrentUser user, UUID groupId) {
		var group = group(user, groupId);
		return new GroupPage(group, participants.findByGroupIdOrderByJoinedOn(group.getId()),
				sessions.findByGroupIdOrderBySessionDateAscStartsAtAsc(group.getId()), today());
	}

	/**
	 * Opens the records of youths shown on a page, one access-log row each. A restricted record the reader may not
	 * open without a reason is not an error here: the youth is shown as restricted, with a way to give the reason,
	 * and the refusal is logged by the youth module. Runs outside a transaction so that one refusal does not spoil
	 * the others.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Map<UUID, Person> read(CurrentUser user, Collection<UUID> youthIds, String subject, String detail) {
		var people = new LinkedHashMap<UUID, Person>();
		for (var youthId : new LinkedHashSet<>(youthIds)) {
			people.put(youthId, open(user, youthId, subject, detail));
		}
		return people;
	}

	private Person open(CurrentUser user, UUID youthId, String subject, String detail) {
		try {
			return new Person(youthId, youths.open(user, youthId, Access.READ, subject, detail));
		}
		catch (NeedToKnowRequired restricted) {
			return new Person(youthId, null);
		}
	}

	/**
	 * The attendance sheet of a session: every participant on its day and everyone whose attendance is recorded, by
	 * name, each read logged; whether each can be recorded, and what is recorded.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<SheetRow> sheet(CurrentUser user, GroupPage page, GroupSession session) {
		var date = session.getSessionDate();
		var ids = new LinkedHashSet<UUID>(members(page.participants(), date));
		session.getAttendance().forEach(a -> ids.add(a.youthId()));
		var people = read(user, ids, Subjects.ATTENDANCE, describe(page.group(), date));
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

	private Set<UUID> members(ActivityGroup group, LocalDate date) {
		return members(participants.findByGroupIdOrderByJoinedOn(group.getId()), date);
	}

	private static Set<UUID> members(List<Participant> participants, LocalDate date) {
		var members = new LinkedHashSet<UUID>();
		participants.stream().filter(p -> p.isMemberOn(date)).forEach(p -> members.add(p.getYouthId()));
		return members;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	static String describe(ActivityGroup group, LocalDate date) {
		return group.getName() + ", " + DateFormats.DATE.format(date);
	}

	private static void checkVersion(Long actual, long expected, Class<?> type, UUID id) {
		if (actual == null || actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/** Lower case without accents, so that "ostby" finds "Østby". */
	static String fold(String text) {
		var lower = text.trim().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
		return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	// ---------------------------------------------------------------- views

	/** A group in the team's list: how many take part today, sessions held, the next planned session. */
	public record GroupRow(ActivityGroup group, long participants, long held, @Nullable LocalDate next) {
	}

	/** A registered youth shown on a page: her summary, or none when her record is restricted to the reader. */
	public record Person(UUID youthId, @Nullable YouthSummary youth) {

		public boolean restricted() {
			return youth == null;
		}

		String sortName() {
			return youth == null ? "" : youth.name();
		}

	}

	/** One line of the attendance sheet. */
	public record SheetRow(Person person, @Nullable AttendanceStatus mark, boolean recordable) {
	}

	/** A group with everyone who takes or took part and every session, and what the page shows of them. */
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

		/** What is recorded for a participant at a held session: a status, "-" when she was not in the group then. */
		public String mark(Participant participant, GroupSession session) {
			var attendance = session.attendanceOf(participant.getYouthId());
			if (attendance.isPresent()) {
				return attendance.get().status().name();
			}
			return participant.isMemberOn(session.getSessionDate()) ? "NONE" : "OUTSIDE";
		}

		/** Sessions a participant attended, of the held sessions while she was in the group. */
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

		/** Anonymous participants by gender and age band for a session, keyed {@code GENDER:band}. */
		public Map<String, Integer> anonymous(GroupSession session) {
			var counts = new HashMap<String, Integer>();
			session.getAnonymous().forEach(c -> counts.merge(c.gender().name() + ":" + c.ageBand(), c.count(),
					Integer::sum));
			return counts;
		}

		public Set<UUID> staff() {
			return new HashSet<>(group.getStaff());
		}

	}

}
