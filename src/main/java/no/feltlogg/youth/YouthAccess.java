package no.feltlogg.youth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.team.SecurityLog;

/**
 * The one gate to a youth's record: the youth must belong to the reader's team, and a
 * restricted record opens only to its contact workers and the leader, or to someone who
 * gave a reason; a record whose processing is restricted (the youth objects) opens to the
 * leader alone. Refusals are always logged; allowed reads and changes are logged when
 * asked to.
 */
@Component
class YouthAccess {

	/**
	 * How long a reason given for a restricted record keeps it open to its giver: about
	 * one shift.
	 */
	static final Duration REASON_VALID_FOR = Duration.ofHours(12);

	private final YouthRepository youths;

	private final AccessLog accessLog;

	private final SecurityLog securityLog;

	private final ProcessingRestrictions restrictions;

	private final Clock clock;

	YouthAccess(YouthRepository youths, AccessLog accessLog, SecurityLog securityLog,
			ProcessingRestrictions restrictions, Clock clock) {
		this.clock = clock;
		this.youths = youths;
		this.accessLog = accessLog;
		this.securityLog = securityLog;
		this.restrictions = restrictions;
	}

	/** Opens a youth's record and logs the read or change as one row. */
	Youth open(CurrentUser user, UUID youthId, Access action, String subject, @Nullable String detail) {
		var youth = check(user, youthId, action, subject, detail);
		var reason = reasonFor(user, youth);
		if (action == Access.READ) {
			accessLog.read(user, youthId, subject, detail, reason);
		}
		else {
			accessLog.changed(user, youthId, subject, detail, reason);
		}
		return youth;
	}

	/**
	 * Checks access without logging an allowed look (a form that shows the youth's name);
	 * refusals are logged.
	 */
	Youth check(CurrentUser user, UUID youthId, Access action, String subject, @Nullable String detail) {
		var youth = user.teamId() == null ? null : youths.findByIdAndTeamId(youthId, user.teamId()).orElse(null);
		if (youth == null) {
			accessLog.refused(user, youthId, action, subject, detail);
			throw new NotFoundException("Youth");
		}
		if (!user.isLeader() && restrictions.isRestricted(youthId)) {
			// the youth objects (GDPR art. 18): locked for all but the leader; no reason
			// opens it
			accessLog.refused(user, youthId, action, subject, "restricted");
			throw new ProcessingRestricted(youthId);
		}
		if (needsReason(user, youth) && reasonFor(user, youth) == null) {
			accessLog.refused(user, youthId, action, subject, "need-to-know");
			throw new NeedToKnowRequired(youthId);
		}
		return youth;
	}

	/**
	 * Records the reason someone gave for opening a restricted record; the row itself is
	 * the permission.
	 */
	void giveReason(CurrentUser user, UUID youthId, String reason) {
		inTeam(user, youthId);
		if (!ReasonForm.saysSomething(reason)) {
			throw new IllegalArgumentException("A reason to open a restricted record must say something");
		}
		accessLog.read(user, youthId, Subjects.NEED_TO_KNOW.code(), null, reason);
		securityLog.needToKnow(user, youthId);
	}

	/**
	 * The youth of the user's team, read without logging (the page that asks for a reason
	 * shows nothing of her); another team's youth or an unknown id is a logged refusal
	 * and not found, as on every page of a record.
	 */
	Youth inTeam(CurrentUser user, UUID youthId) {
		var youth = user.teamId() == null ? null : youths.findByIdAndTeamId(youthId, user.teamId()).orElse(null);
		if (youth == null) {
			accessLog.refused(user, youthId, Access.READ, Subjects.NEED_TO_KNOW.code(), null);
			throw new NotFoundException("Youth");
		}
		return youth;
	}

	static boolean needsReason(CurrentUser user, Youth youth) {
		return youth.isRestricted() && !user.isLeader() && !youth.isContact(user.accountId());
	}

	private @Nullable String reasonFor(CurrentUser user, Youth youth) {
		if (!needsReason(user, youth)) {
			return null;
		}
		return accessLog.reasonGivenSince(user.accountId(), youth.getId(), Instant.now(clock).minus(REASON_VALID_FOR))
			.orElse(null);
	}

}
