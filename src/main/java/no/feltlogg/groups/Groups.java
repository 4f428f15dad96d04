package no.feltlogg.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.youth.NeedToKnowRequired;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Groups: the team's list, a group's details and its page. Everything is scoped to the
 * caller's team: another team's group is not found. A registered youth's data is read
 * through the youth module, which checks need to know and writes the access log: one row
 * per youth shown on a page. Participants are {@link Participants}', sessions
 * {@link Sessions}' and attendance {@link Attendances}'.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Groups {

	private final ActivityGroupRepository groups;

	private final ParticipantRepository participants;

	private final GroupSessionRepository sessions;

	private final Youths youths;

	private final Clock clock;

	Groups(ActivityGroupRepository groups, ParticipantRepository participants, GroupSessionRepository sessions,
			Youths youths, Clock clock) {
		this.groups = groups;
		this.participants = participants;
		this.sessions = sessions;
		this.youths = youths;
		this.clock = clock;
	}

	/**
	 * The team's groups, running first, then planned, then finished, with their numbers.
	 */
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
		})
			.sorted(Comparator.comparing((GroupRow r) -> r.group().getStatus() == GroupStatus.RUNNING ? 0
					: r.group().getStatus() == GroupStatus.PLANNED ? 1 : 2))
			.toList();
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

	/**
	 * A group with its participants and sessions; who the participants are is read with
	 * {@link #read}.
	 */
	@Transactional(readOnly = true)
	public GroupPage page(CurrentUser user, UUID groupId) {
		var group = group(user, groupId);
		return new GroupPage(group, participants.findByGroupIdOrderByJoinedOn(group.getId()),
				sessions.findByGroupIdOrderBySessionDateAscStartsAtAsc(group.getId()), today());
	}

	/**
	 * Opens the records of youths shown on a page, one access-log row each. A restricted
	 * record the reader may not open without a reason is not an error here: the youth is
	 * shown as restricted, with a way to give the reason, and the refusal is logged by
	 * the youth module. Runs outside a transaction so that one refusal does not spoil the
	 * others.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Map<UUID, Person> read(CurrentUser user, Collection<UUID> youthIds, Subjects subject, String detail) {
		var people = new LinkedHashMap<UUID, Person>();
		for (var youthId : new LinkedHashSet<>(youthIds)) {
			people.put(youthId, open(user, youthId, subject, detail));
		}
		return people;
	}

	private Person open(CurrentUser user, UUID youthId, Subjects subject, String detail) {
		try {
			return new Person(youthId, youths.open(user, youthId, Access.READ, subject.code(), detail));
		}
		catch (NeedToKnowRequired restricted) {
			return new Person(youthId, null);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A group and a day, as the access log describes a change or a read. */
	static String describe(ActivityGroup group, LocalDate date) {
		return group.getName() + ", " + DateFormats.DATE.format(date);
	}

	static void checkVersion(@Nullable Long actual, long expected, Class<?> type, UUID id) {
		if (actual == null || actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/** Lower case without accents, so that "ostby" finds "Østby". */
	static String fold(String text) {
		var lower = text.trim().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
		return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/**
	 * A group in the team's list: how many take part today, sessions held, the next
	 * planned session.
	 */
	public record GroupRow(ActivityGroup group, long participants, long held, @Nullable LocalDate next) {
	}

	/**
	 * A registered youth shown on a page: her summary, or none when her record is
	 * restricted to the reader.
	 */
	public record Person(UUID youthId, @Nullable YouthSummary youth) {

		public boolean restricted() {
			return youth == null;
		}

		String sortName() {
			return youth == null ? "" : youth.name();
		}

	}

}
