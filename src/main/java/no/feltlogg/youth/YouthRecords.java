package no.feltlogg.youth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;

/**
 * Registering youths and keeping their records: details, consents, priority, concern
 * criteria. Every read of a record and every change writes one access-log row. Workers
 * and leaders of the youth's team only; the leader alone sees the overview, the access
 * log and the export.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class YouthRecords {

	/** Edits of the folded name at most this far apart count as a close spelling. */
	static final int CLOSE_SPELLING = 2;

	private final YouthRepository youths;

	private final YouthAccess access;

	private final AccessLog accessLog;

	private final List<TimelineSource> timelineSources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PriorityFlags flags;

	YouthRecords(YouthRepository youths, YouthAccess access, AccessLog accessLog, List<TimelineSource> timelineSources,
			ApplicationEventPublisher events, Clock clock, PriorityFlags flags) {
		this.flags = flags;
		this.youths = youths;
		this.access = access;
		this.accessLog = accessLog;
		this.timelineSources = timelineSources;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Youths of the team who may be the one about to be registered: the same name, or a
	 * close spelling with the same birth year.
	 */
	@Transactional(readOnly = true)
	public List<YouthSummary> possibleDuplicates(CurrentUser user, String name, Birth birth) {
		var folded = youths.fold(name);
		return youths.duplicateCandidates(user.requireTeamId(), folded, birth.year())
			.stream()
			.filter(y -> folded.equals(y.getSearchName()) || (y.getBirthYear() == birth.year()
					&& editDistance(folded, String.valueOf(y.getSearchName())) <= CLOSE_SPELLING))
			.map(Youth::summary)
			.toList();
	}

	/**
	 * Registers a youth together with the consent to registration, which is the condition
	 * for it.
	 */
	public UUID register(CurrentUser user, YouthDetails details, NewConsent registrationConsent) {
		var youth = youths
			.save(new Youth(user.requireTeamId(), details, registrationConsent, user.accountId(), Instant.now(clock)));
		accessLog.changed(user, youth.getId(), Subjects.REGISTERED.code(), null, null);
		return youth.getId();
	}

	/**
	 * The youth's page: record, consents, priority history, concerns and timeline. One
	 * access-log row.
	 */
	@Transactional
	public YouthPage page(CurrentUser user, UUID youthId) {
		var youth = access.open(user, youthId, Access.READ, Subjects.RECORD.code(), null).loaded();
		var timeline = new ArrayList<TimelineItem>();
		for (var source : timelineSources) {
			timeline.addAll(source.timeline(youth.getTeamId(), youthId));
		}
		timeline.sort(Comparator.comparing(TimelineItem::date).thenComparing(TimelineItem::recordedAt).reversed());
		var today = YouthFormChecks.today(clock);
		return new YouthPage(youth, youth.summary().ageOn(today), youth.getConsents(), youth.getPriorityHistory(),
				youth.getConcerns(), timeline, youth.isOpenForEntries(today), today);
	}

	/** The record's details shown in the edit form; logged as a read. */
	@Transactional
	public Youth detailsForEditing(CurrentUser user, UUID youthId) {
		return access.open(user, youthId, Access.READ, Subjects.DETAILS.code(), null).loaded();
	}

	/** The youth's consents shown on their own (withdrawing one); logged as a read. */
	@Transactional
	public List<ConsentView> consentsToRead(CurrentUser user, UUID youthId) {
		return access.open(user, youthId, Access.READ, Subjects.CONSENTS.code(), null).getConsents();
	}

	/**
	 * The record behind a form that shows no more than its name and current level, or
	 * before a change: checked, refusals logged, not logged as a read. The change itself
	 * is logged.
	 */
	@Transactional
	public Youth forEditing(CurrentUser user, UUID youthId) {
		return access.check(user, youthId, Access.CHANGE, Subjects.DETAILS.code(), null).loaded();
	}

	public void correct(CurrentUser user, UUID youthId, long version, YouthDetails details) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.DETAILS.code(), null);
		checkVersion(youth, version);
		if (youth.isRestricted() && !details.restricted() && !user.isLeader() && !youth.isContact(user.accountId())) {
			throw new IllegalArgumentException("Only contact workers and the leader lift a restriction");
		}
		youth.correct(details);
	}

	public void close(CurrentUser user, UUID youthId) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.DETAILS.code(), "closed");
		youth.close(YouthFormChecks.today(clock));
	}

	/**
	 * Opens a closed record again; fails when the consent to registration is no longer in
	 * force.
	 */
	public void reopen(CurrentUser user, UUID youthId) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.DETAILS.code(), "reopened");
		youth.reopen(YouthFormChecks.today(clock));
	}

	public void changePriority(CurrentUser user, UUID youthId, PriorityLevel to, LocalDate on, String reason) {
		var youth = access.check(user, youthId, Access.CHANGE, Subjects.PRIORITY.code(), null);
		changePriority(user, youth, to, on, reason);
	}

	/**
	 * A change of level made from a form opened at {@code version} of the record: when
	 * someone else changed the record since, nothing is applied and the conflict page
	 * answers (409).
	 */
	public void changePriority(CurrentUser user, UUID youthId, long version, PriorityLevel to, LocalDate on,
			String reason) {
		var youth = access.check(user, youthId, Access.CHANGE, Subjects.PRIORITY.code(), null);
		checkVersion(youth, version);
		changePriority(user, youth, to, on, reason);
	}

	private void changePriority(CurrentUser user, Youth youth, PriorityLevel to, LocalDate on, String reason) {
		var youthId = youth.getId();
		var from = youth.getPriority();
		youth.changePriority(to, on, reason, user.accountId(), Instant.now(clock));
		accessLog.changed(user, youthId, Subjects.PRIORITY.code(),
				(from == null ? "–" : from.name()) + " → " + to.name(), null);
	}

	public UUID giveConsent(CurrentUser user, UUID youthId, NewConsent consent) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.CONSENT_GIVEN.code(), consent.scope().name());
		var given = youth.giveConsent(consent, user.accountId(), Instant.now(clock));
		youths.flush();
		return given.getId();
	}

	/**
	 * Withdraws a consent and tells the other modules; withdrawing the consent to
	 * registration closes the record.
	 */
	public void withdrawConsent(CurrentUser user, UUID youthId, UUID consentId, LocalDate on) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.CONSENT_WITHDRAWN.code(), null);
		var consent = youth.withdrawConsent(consentId, on, user.accountId(), Instant.now(clock)).view();
		events.publishEvent(new ConsentWithdrawn(consent.id(), youth.getTeamId(), youthId, consent.scope(),
				consent.serviceId(), on, user.accountId()));
	}

	public UUID noteConcern(CurrentUser user, UUID youthId, ConcernCriterion criterion, LocalDate on,
			@Nullable String note) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.CONCERN.code(), criterion.name());
		return youth.noteConcern(criterion, on, note, user.accountId(), Instant.now(clock)).getId();
	}

	public void endConcern(CurrentUser user, UUID youthId, UUID concernId, LocalDate on) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.CONCERN.code(), "ended");
		youth.endConcern(concernId, on);
	}

	/**
	 * Checks that the youth is one of the user's team before she is asked why she needs
	 * the record.
	 */
	public void requireInTeam(CurrentUser user, UUID youthId) {
		access.inTeam(user, youthId);
	}

	/**
	 * Records the reason given to open a restricted record; opens it to the giver for a
	 * shift.
	 */
	public void giveReason(CurrentUser user, UUID youthId, String reason) {
		access.giveReason(user, youthId, reason);
	}

	@Transactional(readOnly = true)
	public List<YouthSummary> search(CurrentUser user, String query, @Nullable Integer birthYear,
			@Nullable UUID schoolId, boolean includeClosed) {
		var folded = youths.fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return youths.search(user.requireTeamId(), "%" + folded + "%", birthYear, schoolId, includeClosed)
			.stream()
			.map(Youth::summary)
			.toList();
	}

	/** The active youths the user is a contact worker for. */
	@Transactional(readOnly = true)
	public List<YouthSummary> mine(CurrentUser user) {
		return youths.findByContact(user.requireTeamId(), user.accountId()).stream().map(Youth::summary).toList();
	}

	/**
	 * The leader's priority overview: active youths per level, who moved between levels
	 * in a month, and the red and yellow youths with their contact workers and last
	 * contact.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public PriorityOverview priorityOverview(CurrentUser user, YearMonth month) {
		var teamId = user.requireTeamId();
		var counts = new EnumMap<PriorityLevel, Long>(PriorityLevel.class);
		for (var level : PriorityLevel.values()) {
			counts.put(level, 0L);
		}
		long unset = 0;
		for (var row : youths.countActiveByPriority(teamId)) {
			if (row.getLevel() == null) {
				unset = row.getYouths();
			}
			else {
				counts.put(row.getLevel(), row.getYouths());
			}
		}
		var changes = youths.priorityChanges(teamId, month.atDay(1), month.plusMonths(1).atDay(1));
		var names = new java.util.HashMap<UUID, String>();
		youths.findAllById(changes.stream().map(PriorityChange::getYouthId).distinct().toList())
			.forEach(y -> names.put(y.getId(), y.getName()));
		var moves = changes.stream()
			.map(c -> new PriorityOverview.Move(c.getYouthId(), names.getOrDefault(c.getYouthId(), ""),
					c.getFromLevel(), c.getToLevel(), c.getChangedOn(), c.getChangedBy(), c.getReason()))
			.toList();
		return new PriorityOverview(month, counts, unset, moves, flags.flagged(teamId, YouthFormChecks.today(clock)));
	}

	private static void checkVersion(Youth youth, long version) {
		if (youth.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Youth.class, youth.getId());
		}
	}

	/** Levenshtein distance, for close spellings of folded names. */
	static int editDistance(String a, String b) {
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** Everything the youth's page shows. */
	public record YouthPage(Youth youth, int age, List<ConsentView> consents, List<PriorityChange> priorityHistory,
			List<Concern> concerns, List<TimelineItem> timeline, boolean openForEntries, LocalDate today) {
	}

	/**
	 * Active youths per level (and without one), the moves of a month, and who is red or
	 * yellow now.
	 */
	public record PriorityOverview(YearMonth month, Map<PriorityLevel, Long> counts, long withoutLevel,
			List<Move> moves, List<PriorityFlags.Flagged> flagged) {

		/**
		 * The youths the overview names: the red and yellow ones, and those who moved in
		 * the month.
		 */
		List<UUID> named() {
			var named = new java.util.LinkedHashSet<UUID>();
			flagged.forEach(f -> named.add(f.youthId()));
			moves.forEach(m -> named.add(m.youthId()));
			return List.copyOf(named);
		}

		public record Move(UUID youthId, String name, @Nullable PriorityLevel from, PriorityLevel to, LocalDate on,
				UUID by, String reason) {
		}

	}

}
