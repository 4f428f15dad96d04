package no.feltlogg.youth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;

/**
 * The youth's rights beyond the access request (ADR 0039): the leader erases a
 * registration made by mistake within {@value #ERASABLE_DAYS} days, and restricts the
 * processing of a record when the youth objects, until she lifts it. Leaders of the
 * youth's team only; another team's youth is not found.
 */
@Service
@Transactional
@PreAuthorize("hasRole('LEADER')")
public class YouthRights {

	/**
	 * A registration may be erased as a mistake for this many Oslo days after the day it
	 * was made.
	 */
	static final int ERASABLE_DAYS = 30;

	private final YouthAccess access;

	private final AccessLog accessLog;

	private final ProcessingRestrictions restrictions;

	private final JdbcClient jdbc;

	private final YouthRepository youths;

	private final Clock clock;

	YouthRights(YouthAccess access, AccessLog accessLog, ProcessingRestrictions restrictions, JdbcClient jdbc,
			YouthRepository youths, Clock clock) {
		this.access = access;
		this.accessLog = accessLog;
		this.restrictions = restrictions;
		this.jdbc = jdbc;
		this.youths = youths;
		this.clock = clock;
	}

	/**
	 * What the erasure form shows: the youth's name (to be sure of whom), and whether the
	 * 30 days have passed.
	 */
	@Transactional(readOnly = true)
	public ErasureCheck erasureCheck(CurrentUser user, UUID youthId) {
		var youth = access.check(user, youthId, Access.CHANGE, Subjects.ERASED.code(), null);
		return check(youth);
	}

	/**
	 * Erases the youth and everything that belongs to them (the database function
	 * erase_youth, V70), leaving one erasure record with no personal data. Refused after
	 * {@value #ERASABLE_DAYS} days.
	 * @throws TooLateToErase when the registration is older than that
	 */
	public void erase(CurrentUser user, UUID youthId, ErasureReason reason) {
		var youth = access.check(user, youthId, Access.CHANGE, Subjects.ERASED.code(), null);
		var check = check(youth);
		if (!check.erasable()) {
			accessLog.refused(user, youthId, Access.CHANGE, Subjects.ERASED.code(), "too-late");
			throw new TooLateToErase();
		}
		youths.flush();
		// the row of the change: the random id and the category, nothing else; the
		// erasure record holds no youth id
		accessLog.changed(user, youthId, Subjects.ERASED.code(), reason.name(), null);
		jdbc.sql("select erase_youth(?, ?, ?, ?, ?)")
			.params(youthId, youth.getTeamId(), user.accountId(), reason.name(), check.days())
			.query(UUID.class)
			.single();
	}

	/**
	 * The record behind the restriction form, which shows its name: checked, refusals
	 * logged, not a read.
	 */
	@Transactional(readOnly = true)
	public Youth forRestriction(CurrentUser user, UUID youthId) {
		return access.check(user, youthId, Access.CHANGE, Subjects.RESTRICTED.code(), null);
	}

	/**
	 * Restricts processing: the record opens to the leader alone until she lifts it.
	 * Logged as a change.
	 */
	public void restrict(CurrentUser user, UUID youthId, String reason) {
		var youth = access.open(user, youthId, Access.CHANGE, Subjects.RESTRICTED.code(), cut(reason));
		restrictions.restrict(youth.getTeamId(), youthId, reason.strip(), user.accountId(), clock.instant());
	}

	/** Lifts the restriction of processing. Logged as a change. */
	public void lift(CurrentUser user, UUID youthId) {
		access.open(user, youthId, Access.CHANGE, Subjects.RESTRICTION_LIFTED.code(), null);
		restrictions.lift(youthId);
	}

	/**
	 * What the youth's page shows the leader about these rights; nothing for a worker.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('WORKER','LEADER')")
	public Panel panel(CurrentUser user, Youth youth) {
		var restriction = restrictions.of(youth.getId()).orElse(null);
		if (!user.isLeader()) {
			return new Panel(false, restriction != null, null, null, false, null);
		}
		var check = check(youth);
		return new Panel(true, restriction != null, restriction == null ? null : restriction.reason(),
				restriction == null ? null : LocalDate.ofInstant(restriction.at(), Oslo.ZONE), check.erasable(),
				check.lastDay());
	}

	/**
	 * Which of these youths have their processing restricted, for lists that mark them.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('WORKER','LEADER')")
	public Set<UUID> restrictedAmong(Collection<UUID> youthIds) {
		return restrictions.restrictedAmong(youthIds);
	}

	private ErasureCheck check(Youth youth) {
		var registered = LocalDate.ofInstant(youth.getRegisteredAt(), Oslo.ZONE);
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		int days = (int) Math.max(0, ChronoUnit.DAYS.between(registered, today));
		return new ErasureCheck(youth.getId(), youth.getName(), registered, registered.plusDays(ERASABLE_DAYS), days,
				days <= ERASABLE_DAYS);
	}

	private static String cut(String text) {
		var stripped = text.strip();
		return stripped.length() > 300 ? stripped.substring(0, 300) : stripped;
	}

	/**
	 * A youth's registration and whether it may still be erased as a mistake (until and
	 * including lastDay).
	 */
	public record ErasureCheck(UUID youthId, String name, LocalDate registeredOn, LocalDate lastDay, int days,
			boolean erasable) {
	}

	/**
	 * The leader's view of the rights on the youth's page; a worker sees only whether
	 * processing is restricted.
	 */
	public record Panel(boolean leader, boolean restricted, @Nullable String reason, @Nullable LocalDate restrictedOn,
			boolean erasable, @Nullable LocalDate erasableUntil) {
	}

	/** The registration is more than {@value #ERASABLE_DAYS} days old. */
	static class TooLateToErase extends RuntimeException {

		TooLateToErase() {
			super("The registration is more than " + ERASABLE_DAYS + " days old");
		}

	}

}
