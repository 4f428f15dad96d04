package no.feltlogg.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.ConsentView;
import no.feltlogg.youth.YouthRecords;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Referrals of registered youths: made through the {@link ConsentGate}, moved on with
 * their status history, flagged when their consent is withdrawn, reminded of when their
 * follow-up date passes, and notified to the leader when made under a duty. Every read
 * and change of a youth's referral goes through the youth module, which checks the team
 * and need to know and writes the access log. Workers and leaders of the youth's team
 * only.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Referrals {

	private final ReferralRepository referrals;

	private final Youths youths;

	private final YouthRecords youthRecords;

	private final Catalog catalog;

	private final AccessLog accessLog;

	private final Teams teams;

	private final Clock clock;

	Referrals(ReferralRepository referrals, Youths youths, YouthRecords youthRecords, Catalog catalog,
			AccessLog accessLog, Teams teams, Clock clock) {
		this.referrals = referrals;
		this.youths = youths;
		this.youthRecords = youthRecords;
		this.catalog = catalog;
		this.accessLog = accessLog;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * What the new-referral form shows: the youth, the consents a referral can rest on
	 * (to share, and to a child-welfare measure, with their status), and the active
	 * services of the directory. {@code toRead} when the consents are shown, which is
	 * logged as a read; a check before saving is not.
	 */
	public Preparation prepare(CurrentUser user, UUID youthId, boolean toRead) {
		var youth = toRead ? youths.open(user, youthId, Access.READ, Subjects.FORM.code(), null)
				: youths.summary(user, youthId);
		var consents = youths.consents(user.requireTeamId(), youthId)
			.stream()
			.filter(c -> c.scope() == ConsentScope.SHARING || c.scope() == ConsentScope.CHILD_WELFARE)
			.toList();
		return new Preparation(youth, consents, catalog.activeServices(user.requireTeamId()), today());
	}

	/**
	 * Asks the consent gate about a referral without making it: what the form shows at
	 * its fields.
	 */
	@Transactional(readOnly = true)
	public GateDecision check(CurrentUser user, NewReferral referral) {
		var youth = youths.summary(user, referral.youthId());
		var service = service(user, referral.serviceId());
		return gate(user, youth, service, referral.legalBasis(), referral.consentId(), referral.referredOn(),
				referral.justification());
	}

	/**
	 * Makes a referral, planned, when the consent gate allows it; a referral under a duty
	 * notifies the team's leader (a leader who makes one has seen it).
	 * @throws ReferralRefusedException with what is missing, when the gate refuses
	 */
	public UUID refer(CurrentUser user, NewReferral referral) {
		var decision = check(user, referral);
		if (!decision.allowed()) {
			throw new ReferralRefusedException(decision);
		}
		var service = service(user, referral.serviceId());
		youths.open(user, referral.youthId(), Access.CHANGE, Subjects.CREATED.code(),
				service.name() + ", " + referral.legalBasis().name());
		var now = Instant.now(clock);
		var made = new Referral(user.requireTeamId(), referral.youthId(), service, referral, user.accountId(), now);
		if (made.getLegalBasis().isDuty() && user.role() == Role.LEADER) {
			made.seenByLeader(user.accountId(), now);
		}
		return referrals.save(made).getId();
	}

	/**
	 * A referral's page: what was shared, why, on what basis, and its status history.
	 * Reading it is logged.
	 */
	public ReferralPage page(CurrentUser user, UUID referralId) {
		var referral = referralFor(user, referralId, Access.READ, Subjects.REFERRAL.code());
		var youth = youths.open(user, referral.getYouthId(), Access.READ, Subjects.REFERRAL.code(),
				referral.getServiceName());
		ConsentView consent = null;
		if (referral.getConsentId() != null) {
			consent = consentOf(user, referral.getYouthId(), referral.getConsentId());
		}
		var today = today();
		return new ReferralPage(referral, youth, consent, teams.staffNames(user.requireTeamId()),
				referral.getStatus().next(), referral.isOverdueOn(today), today);
	}

	/**
	 * A referral about to be changed: checked (the team, need to know), refusals logged,
	 * not logged as a read. The change itself is logged.
	 */
	@Transactional(readOnly = true)
	public Referral forChange(CurrentUser user, UUID referralId) {
		var referral = referralFor(user, referralId, Access.CHANGE, Subjects.STATUS.code());
		youths.summary(user, referral.getYouthId());
		return referral;
	}

	/**
	 * Moves a referral on, with the day it happened, a note (the service's reason, when
	 * declined) and maybe a new follow-up date. Sending passes the consent gate again, on
	 * the day it is sent: nothing is shared under a consent that has expired or been
	 * withdrawn since the referral was planned.
	 * @throws ReferralRefusedException when sending is refused by the gate
	 */
	public void changeStatus(CurrentUser user, UUID referralId, long version, ReferralStatus to, LocalDate on,
			@Nullable String note, @Nullable LocalDate followUpOn) {
		var referral = referralFor(user, referralId, Access.CHANGE, Subjects.STATUS.code());
		if (referral.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Referral.class, referralId);
		}
		if (to == ReferralStatus.SENT && referral.getLegalBasis() == LegalBasis.CONSENT) {
			var youth = youths.summary(user, referral.getYouthId());
			var decision = gate(user, youth, serviceAsReferred(referral), LegalBasis.CONSENT, referral.getConsentId(),
					on, null);
			if (!decision.allowed()) {
				throw new ReferralRefusedException(decision);
			}
		}
		youths.open(user, referral.getYouthId(), Access.CHANGE, Subjects.STATUS.code(),
				referral.getStatus().name() + " → " + to.name());
		referral.changeStatus(to, on, note, followUpOn, user.accountId(), Instant.now(clock));
	}

	/**
	 * Moves a referral on where no form stands between (earlier records, demo data): as
	 * {@link #changeStatus(CurrentUser, UUID, long, ReferralStatus, LocalDate, String, LocalDate)}
	 * on the version stored now.
	 */
	public void changeStatus(CurrentUser user, UUID referralId, ReferralStatus to, LocalDate on,
			@Nullable String note) {
		var referral = referralFor(user, referralId, Access.CHANGE, Subjects.STATUS.code());
		changeStatus(user, referralId, referral.getVersion(), to, on, note, null);
	}

	/**
	 * A leader marks the notification of a referral under a duty as seen; logged as a
	 * change of the referral.
	 */
	@PreAuthorize("hasRole('LEADER')")
	public void markSeen(CurrentUser user, UUID referralId) {
		var referral = referralFor(user, referralId, Access.CHANGE, Subjects.SEEN.code());
		if (!referral.getLegalBasis().isDuty()) {
			throw new NotFoundException("Notification");
		}
		youths.open(user, referral.getYouthId(), Access.CHANGE, Subjects.SEEN.code(), referral.getServiceName());
		referral.seenByLeader(user.accountId(), Instant.now(clock));
	}

	/**
	 * The open referrals the user follows: those the user made, and those of the youths
	 * the user is a contact worker for. Overdue and flagged ones first.
	 */
	@Transactional(readOnly = true)
	public List<ReferralLine> mine(CurrentUser user) {
		var contactOf = new HashSet<UUID>();
		youthRecords.mine(user).forEach(y -> contactOf.add(y.id()));
		var today = today();
		var mine = open(user.requireTeamId()).stream()
			.filter(r -> r.getCreatedBy().equals(user.accountId()) || contactOf.contains(r.getYouthId()))
			.toList();
		return lines(user, mine, today).stream()
			.sorted(Comparator.comparing((ReferralLine l) -> !(l.overdue() || l.flagged()))
				.thenComparing(l -> l.followUpOn() == null ? LocalDate.MAX : l.followUpOn()))
			.toList();
	}

	/**
	 * What the home page reminds of: the user's referrals past their follow-up date, the
	 * user's open referrals whose consent was withdrawn, and for a leader the referrals
	 * under a duty no leader has seen yet.
	 */
	@Transactional(readOnly = true)
	public Reminders reminders(CurrentUser user) {
		var mine = mine(user);
		var notifications = user.isLeader() ? lines(user, referrals.awaitingLeader(user.requireTeamId()), today())
				: List.<ReferralLine>of();
		var reminders = new Reminders(mine.stream().filter(ReferralLine::overdue).toList(),
				mine.stream().filter(ReferralLine::flagged).toList(), notifications);
		accessLog.listed(user, Subjects.LIST_REMINDERS.code(),
				java.util.stream.Stream.of(reminders.overdue(), reminders.flagged(), reminders.notifications())
					.flatMap(List::stream)
					.map(ReferralLine::youthId)
					.toList());
		return reminders;
	}

	/**
	 * The leader's overview: notifications of referrals under a duty (awaiting first,
	 * then the latest seen), and the team's open referrals past their follow-up date or
	 * under a withdrawn consent.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public LeaderOverview overview(CurrentUser user) {
		var teamId = user.requireTeamId();
		var today = today();
		var duties = lines(user, referrals.findTop50ByTeamIdAndLegalBasisInOrderByCreatedAtDesc(teamId,
				List.of(LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE, LegalBasis.DUTY_TO_AVERT)), today);
		var open = lines(user, open(teamId), today);
		return new LeaderOverview(duties.stream().filter(ReferralLine::awaitsLeader).toList(),
				duties.stream().filter(l -> !l.awaitsLeader()).toList(),
				open.stream().filter(ReferralLine::overdue).toList(),
				open.stream().filter(ReferralLine::flagged).toList(), teams.staffNames(teamId));
	}

	/** Whether the user's team has made any referral (the demo data is made once). */
	@Transactional(readOnly = true)
	public boolean hasReferrals(CurrentUser user) {
		return referrals.existsByTeamId(user.requireTeamId());
	}

	private List<Referral> open(UUID teamId) {
		return referrals.findByTeamIdAndStatusInOrderByFollowUpOnAscReferredOnAsc(teamId, ReferralStatus.open());
	}

	private GateDecision gate(CurrentUser user, YouthSummary youth, ServiceInfo service, LegalBasis basis,
			@Nullable UUID consentId, LocalDate on, @Nullable String justification) {
		var consent = consentId == null ? null : consentOf(user, youth.id(), consentId);
		return ConsentGate.check(new ConsentGate.Request(basis, service, youth, on, consent, justification));
	}

	private @Nullable ConsentView consentOf(CurrentUser user, UUID youthId, UUID consentId) {
		return youths.consents(user.requireTeamId(), youthId)
			.stream()
			.filter(c -> c.id().equals(consentId))
			.findFirst()
			.orElse(null);
	}

	private ServiceInfo service(CurrentUser user, UUID serviceId) {
		return catalog.service(user.requireTeamId(), serviceId).orElseThrow(() -> new NotFoundException("Service"));
	}

	/**
	 * The service as it was when the referral was made: what the gate checks when it is
	 * sent.
	 */
	private static ServiceInfo serviceAsReferred(Referral referral) {
		return new ServiceInfo(referral.getServiceId(), referral.getServiceName(), referral.getServiceKind(), null,
				null, null, null, null, null, false);
	}

	/**
	 * A referral of the user's team. Another team's, or none, is not found; the attempt
	 * is logged as refused, with the youth it concerns where there is one.
	 */
	private Referral referralFor(CurrentUser user, UUID referralId, Access action, String subject) {
		var referral = referrals.findWithHistoryById(referralId).orElse(null);
		if (referral == null || !referral.getTeamId().equals(user.teamId())) {
			accessLog.refused(user, referral == null ? null : referral.getYouthId(), action, subject,
					referralId.toString());
			throw new NotFoundException("Referral");
		}
		return referral;
	}

	private List<ReferralLine> lines(CurrentUser user, List<Referral> shown, LocalDate today) {
		var names = youthNames(user, shown.stream().map(Referral::getYouthId).toList());
		return shown.stream().map(r -> line(r, names.getOrDefault(r.getYouthId(), ""), today)).toList();
	}

	/**
	 * Names of the youths in a list: the team's active youths, and closed records only
	 * when one is missing.
	 */
	private Map<UUID, String> youthNames(CurrentUser user, Collection<UUID> youthIds) {
		var names = new HashMap<UUID, String>();
		if (youthIds.isEmpty()) {
			return names;
		}
		youths.active(user).forEach(y -> names.put(y.id(), y.name()));
		Set<UUID> missing = new HashSet<>(youthIds);
		missing.removeAll(names.keySet());
		if (!missing.isEmpty()) {
			youthRecords.search(user, "", null, null, true).forEach(y -> names.putIfAbsent(y.id(), y.name()));
		}
		return names;
	}

	static ReferralLine line(Referral r, String youthName, LocalDate today) {
		return new ReferralLine(r.getId(), r.getYouthId(), youthName, r.getServiceName(), r.getServiceKind(),
				r.getForm(), r.getLegalBasis(), r.getStatus(), r.getReferredOn(), r.getFollowUpOn(),
				r.getConsentWithdrawnOn(), r.getCreatedBy(), r.getCreatedAt(), r.isOverdueOn(today),
				r.getLeaderSeenBy(), r.getLeaderSeenAt());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

	/** The new-referral form's content. */
	public record Preparation(YouthSummary youth, List<ConsentView> consents, List<ServiceInfo> services,
			LocalDate today) {
	}

	/**
	 * A referral with its youth, the consent it rests on, staff names for the history,
	 * and the next statuses.
	 */
	public record ReferralPage(Referral referral, YouthSummary youth, @Nullable ConsentView consent,
			Map<UUID, String> staff, List<ReferralStatus> next, boolean overdue, LocalDate today) {
	}

	/** The home page's reminders. */
	public record Reminders(List<ReferralLine> overdue, List<ReferralLine> flagged, List<ReferralLine> notifications) {

		public boolean isEmpty() {
			return overdue.isEmpty() && flagged.isEmpty() && notifications.isEmpty();
		}

	}

	/** The leader's overview page. */
	public record LeaderOverview(List<ReferralLine> awaiting, List<ReferralLine> seen, List<ReferralLine> overdue,
			List<ReferralLine> flagged, Map<UUID, String> staff) {
	}

}
