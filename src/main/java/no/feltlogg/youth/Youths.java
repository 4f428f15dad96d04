package no.feltlogg.youth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * The youth module's API for other modules (journal, fieldwork, groups, referrals). Every
 * method is scoped to the caller's team; another team's youth is not found, and the
 * refused attempt is logged.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Youths {

	private final YouthRepository youths;

	private final YouthAccess access;

	private final ProcessingRestrictions restrictions;

	private final Clock clock;

	Youths(YouthRepository youths, YouthAccess access, ProcessingRestrictions restrictions, Clock clock) {
		this.clock = clock;
		this.youths = youths;
		this.access = access;
		this.restrictions = restrictions;
	}

	/**
	 * Opens a youth's record for a read or a change by another module and writes one
	 * access-log row with the given subject (a code with a message
	 * {@code audit.subject.<code>}) and detail. A change must be called inside the
	 * transaction that makes it.
	 * @throws NotFoundException if the youth does not exist or belongs to another team
	 * (the attempt is logged)
	 * @throws NeedToKnowRequired if the record is restricted and the caller has given no
	 * reason (logged)
	 */
	@Transactional
	public YouthSummary open(CurrentUser user, UUID youthId, Access action, String subject, @Nullable String detail) {
		return access.open(user, youthId, action, subject, detail).summary();
	}

	/**
	 * The youth's name and key facts for a form or a heading, without an access-log row;
	 * the same checks as {@link #open}, and refusals are logged.
	 */
	@Transactional
	public YouthSummary summary(CurrentUser user, UUID youthId) {
		return access.check(user, youthId, Access.READ, Subjects.RECORD.code(), null).summary();
	}

	/**
	 * Whether new entries may be recorded for the youth today: the record is active and
	 * registration consented.
	 */
	public boolean isOpenForEntries(UUID teamId, UUID youthId) {
		return youths.findByIdAndTeamId(youthId, teamId)
			.map(y -> y.isOpenForEntries(YouthFormChecks.today(clock)))
			.orElse(false);
	}

	/**
	 * All consents of a youth, newest first, withdrawn and expired ones included (show
	 * their status).
	 */
	public List<ConsentView> consents(UUID teamId, UUID youthId) {
		return youths.findByIdAndTeamId(youthId, teamId)
			.orElseThrow(() -> new NotFoundException("Youth"))
			.getConsents();
	}

	/**
	 * The consents of a youth of one scope that are in force on a day; for
	 * {@link ConsentScope#SHARING} with a service id, only those naming that service.
	 */
	public List<ConsentView> consentsValidOn(UUID teamId, UUID youthId, ConsentScope scope, @Nullable UUID serviceId,
			LocalDate day) {
		return consents(teamId, youthId).stream().filter(c -> c.covers(scope, serviceId) && c.isValidOn(day)).toList();
	}

	public boolean hasValidConsent(UUID teamId, UUID youthId, ConsentScope scope, @Nullable UUID serviceId,
			LocalDate day) {
		return !consentsValidOn(teamId, youthId, scope, serviceId, day).isEmpty();
	}

	/**
	 * The team's active youths, by name: for pickers (an encounter, a group's
	 * participants). A youth whose processing is restricted (ADR 0039) is left out for
	 * everyone but the leader: nobody else may record anything about them.
	 */
	public List<YouthSummary> active(CurrentUser user) {
		var active = youths.search(user.requireTeamId(), "%", null, null, false).stream().map(Youth::summary).toList();
		if (user.isLeader()) {
			return active;
		}
		var restricted = restrictions.restrictedAmong(active.stream().map(YouthSummary::id).toList());
		return restricted.isEmpty() ? active : active.stream().filter(y -> !restricted.contains(y.id())).toList();
	}

}
