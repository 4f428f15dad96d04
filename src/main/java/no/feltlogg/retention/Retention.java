package no.feltlogg.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;

/**
 * The retention run and what leads up to it (ADR 0034). A run, per municipality, acts on
 * its confirmed rules only: registered youths closed longer than the period are
 * anonymised (each in a transaction of its own, after its archive package was deposited
 * where the rule says so; a youth whose package could not be written is left as it is),
 * notes are blanked, and old access-log rows deleted. Held youths are passed by. Each run
 * is recorded with its counts and, if it failed, a failure code: never a name or a
 * youth's id. The nightly run takes one ShedLock lock, and every run (nightly, started by
 * an administrator, at demo start-up) a second one, so that two never overlap.
 */
@Service
public class Retention {

	/** How far ahead the leader's page and the status look. */
	public static final int DUE_WINDOW_DAYS = 30;

	static final String SUBJECT_DUE = "retention.due";

	static final String SUBJECT_HOLD = "retention.hold";

	static final String SUBJECT_HOLD_LIFTED = "retention.holdLifted";

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final RetentionRun runs;

	private final LegalHolds holds;

	private final LockProvider locks;

	private final Clock clock;

	Retention(JdbcClient jdbc, RetentionRun runs, LegalHolds holds, LockProvider locks, Clock clock) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.holds = holds;
		this.locks = locks;
		this.clock = clock;
	}

	/** Every night, on one instance, for every municipality. */
	@Scheduled(cron = "${feltlogg.retention.cron:0 15 2 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "retention-nightly", lockAtLeastFor = "PT5M", lockAtMostFor = "PT3H")
	public void nightly() {
		jdbc.sql("select id from municipality order by name")
			.query(UUID.class)
			.list()
			.forEach(municipality -> run(municipality, StartedBy.SCHEDULE));
	}

	/** The administrator's "run now", for her own municipality. */
	@PreAuthorize("hasRole('ADMIN')")
	public @Nullable Outcome runNow(CurrentUser administrator) {
		return run(administrator.municipalityId(), StartedBy.ADMIN);
	}

	/**
	 * One run for one municipality; null when another run holds the lock. Not for pages:
	 * the nightly job, the administrator's {@link #runNow} and the demo call it.
	 */
	public @Nullable Outcome run(UUID municipalityId, StartedBy startedBy) {
		var lock = locks
			.lock(new LockConfiguration(clock.instant(), "retention-run", Duration.ofHours(3), Duration.ZERO));
		if (lock.isEmpty()) {
			log.info("Retention run skipped: another run is under way");
			return null;
		}
		try {
			return runs.run(municipalityId, startedBy);
		}
		finally {
			lock.get().unlock();
		}
	}

	/**
	 * The status the administrator's API answers: the last finished run's counts, holds
	 * and what is due as of now.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Status status(CurrentUser administrator) {
		var m = administrator.municipalityId();
		var last = lastRuns(m, 1).stream().findFirst().orElse(null);
		long heldNow = jdbc.sql("""
				select count(*) from legal_hold h join team t on t.id = h.team_id
				 where t.municipality_id = ? and h.lifted_at is null""").param(m).query(Long.class).single();
		long due = jdbc.sql("""
				select count(*) from youth y join team t on t.id = y.team_id
				 where t.municipality_id = :m and y.status = 'CLOSED'
				   and y.closed_on < retention_cutoff(:m, 'YOUTH_RECORD') + :window
				   and not exists (select 1 from retention_anonymised a where a.youth_id = y.id)
				   and not exists (select 1 from legal_hold h where h.youth_id = y.id and h.lifted_at is null)""")
			.param("m", m)
			.param("window", DUE_WINDOW_DAYS)
			.query(Long.class)
			.single();
		return new Status(last == null ? null : last.finishedAt(), last == null ? 0 : last.anonymised(),
				last == null ? 0 : last.blanked(), last == null ? 0 : last.deleted(), heldNow, due);
	}

	/** The latest finished runs of the administrator's municipality, newest first. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<Run> runs(CurrentUser administrator) {
		return lastRuns(administrator.municipalityId(), 10);
	}

	private List<Run> lastRuns(UUID municipalityId, int limit) {
		return jdbc.sql("""
				select id, started_at, finished_at, started_by, outcome, failure, anonymised, blanked, deleted, held,
				       refused
				  from retention_run
				 where municipality_id = ? and outcome <> 'RUNNING'
				 order by finished_at desc limit ?""")
			.params(municipalityId, limit)
			.query((rs, n) -> new Run(rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at").toInstant(), rs.getString("started_by"),
					"DONE".equals(rs.getString("outcome")), rs.getString("failure"), rs.getInt("anonymised"),
					rs.getInt("blanked"), rs.getInt("deleted"), rs.getInt("held"), rs.getInt("refused")))
			.list();
	}

	/**
	 * The leader's view: her team's youths to be anonymised within the next 30 days (or
	 * already due), and every youth on hold. Shows names, so it is logged as a list view
	 * naming each youth shown.
	 */
	@PreAuthorize("hasRole('LEADER')")
	@Transactional(readOnly = true)
	public List<DueYouth> due(CurrentUser leader) {
		return holds.due(leader);
	}

	/**
	 * Places a legal hold on a youth of the leader's team; written to the access log with
	 * its reason.
	 */
	@PreAuthorize("hasRole('LEADER')")
	@Transactional
	public void hold(CurrentUser leader, UUID youthId, String reason) {
		holds.hold(leader, youthId, reason);
	}

	/** Lifts the youth's hold, with a reason; written to the access log. */
	@PreAuthorize("hasRole('LEADER')")
	@Transactional
	public void lift(CurrentUser leader, UUID youthId, String reason) {
		holds.lift(leader, youthId, reason);
	}

	public enum StartedBy {

		SCHEDULE, ADMIN, STARTUP

	}

	/**
	 * What one run did; {@code failure} is a code (messages {@code retention.failure.*}),
	 * never personal data.
	 */
	public record Outcome(UUID runId, boolean succeeded, @Nullable String failure, int anonymised, int blanked,
			int deleted, int held, int refused, Map<RuleKind, Integer> perRule) {
	}

	/** The status API's answer, field for field. */
	public record Status(@Nullable Instant lastRun, int anonymised, int blanked, int deleted, long held,
			long dueWithin30Days) {
	}

	public record Run(Instant startedAt, Instant finishedAt, String startedBy, boolean succeeded,
			@Nullable String failure, int anonymised, int blanked, int deleted, int held, int refused) {
	}

	public record DueYouth(UUID id, String name, @Nullable LocalDate closedOn, @Nullable LocalDate dueOn,
			@Nullable String holdReason, @Nullable Instant heldSince) {

		public boolean held() {
			return holdReason != null;
		}

	}

}
