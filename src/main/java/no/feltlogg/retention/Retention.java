package no.feltlogg.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * The retention run and what leads up to it (ADR 0034). A run, per municipality, acts on its confirmed rules only:
 * registered youths closed longer than the period are anonymised (each in a transaction of its own, after its archive
 * package was deposited where the rule says so; a youth whose package could not be written is left as it is), notes
 * are blanked, and old access-log rows deleted. Held youths are passed by. Each run is recorded with its counts and,
 * if it failed, a failure code: never a name or a youth's id. The nightly run takes one ShedLock lock, and every run
 * (nightly, started by an administrator, at demo start-up) a second one, so that two never overlap.
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

	private final RetentionRules rules;

	private final ArchiveDeposit archive;

	private final LockProvider locks;

	private final AccessLog accessLog;

	private final Clock clock;

	private final TransactionTemplate own;

	Retention(JdbcClient jdbc, RetentionRules rules, ArchiveDeposit archive, LockProvider locks, AccessLog accessLog,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.archive = archive;
		this.locks = locks;
		this.accessLog = accessLog;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
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
	 * One run for one municipality; null when another run holds the lock. Not for pages: the nightly job, the
	 * administrator's {@link #runNow} and the demo call it.
	 */
	public @Nullable Outcome run(UUID municipalityId, StartedBy startedBy) {
		var lock = locks.lock(new LockConfiguration(clock.instant(), "retention-run", Duration.ofHours(3), Duration.ZERO));
		if (lock.isEmpty()) {
			log.info("Retention run skipped: another run is under way");
			return null;
		}
		try {
			return runLocked(municipalityId, startedBy);
		}
		finally {
			lock.get().unlock();
		}
	}

	private Outcome runLocked(UUID municipalityId, StartedBy startedBy) {
		var runId = UUID.randomUUID();
		own.executeWithoutResult(status -> jdbc.sql("""
				insert into retention_run (id, municipality_id, started_at, started_by, outcome)
				values (?, ?, ?, ?, 'RUNNING')""")
			.params(runId, municipalityId, Timestamp.from(clock.instant()), startedBy.name())
			.update());
		var confirmed = rules.confirmed(municipalityId);
		var counts = new EnumMap<RuleKind, Integer>(RuleKind.class);
		String failure = null;
		int anonymised = 0;
		int held = 0;
		int refused = 0;

		var youthRule = confirmed.get(RuleKind.YOUTH_RECORD);
		if (youthRule != null) {
			var due = own.execute(status -> jdbc.sql("""
					select y.id,
					       exists (select 1 from legal_hold h where h.youth_id = y.id and h.lifted_at is null) as held
					  from youth y join team t on t.id = y.team_id
					 where t.municipality_id = ? and y.status = 'CLOSED'
					   and y.closed_on < retention_cutoff(t.municipality_id, 'YOUTH_RECORD')
					   and not exists (select 1 from retention_anonymised a where a.youth_id = y.id)
					 order by y.closed_on, y.id""")
				.param(municipalityId)
				.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getBoolean("held")))
				.list());
			var toDo = new ArrayList<UUID>();
			for (var youth : due == null ? List.<Due>of() : due) {
				if (youth.held()) {
					held++;
				}
				else {
					toDo.add(youth.id());
				}
			}
			Path folder = null;
			if (youthRule.archive()) {
				folder = folder(rules.archiveFolder(municipalityId));
				if (folder == null) {
					failure = "archiveFolderMissing";
					refused = toDo.size();
					toDo.clear();
				}
			}
			for (var youthId : toDo) {
				try {
					var archivedAs = folder == null ? null : archive.deposit(folder, youthId);
					own.executeWithoutResult(status -> {
						jdbc.sql("select retention_anonymise_youth(?)").param(youthId).query(Integer.class).single();
						jdbc.sql("""
								insert into retention_anonymised (youth_id, run_id, anonymised_at, archived_as)
								values (?, ?, ?, ?)""")
							.params(youthId, runId, Timestamp.from(clock.instant()), archivedAs)
							.update();
					});
					anonymised++;
				}
				catch (IOException | UncheckedIOException ex) {
					refused++;
					failure = failure == null ? "archiveNotWritten" : failure;
					log.warn("Retention: an archive package could not be written ({}); the record was not anonymised",
							ex.getClass().getSimpleName());
				}
				catch (DataAccessException ex) {
					refused++;
					failure = failure == null ? "anonymiseFailed" : failure;
					log.warn("Retention: a record could not be anonymised ({})", ex.getClass().getSimpleName());
				}
			}
			counts.put(RuleKind.YOUTH_RECORD, anonymised);
		}
		if (confirmed.containsKey(RuleKind.FIELD_NOTES)) {
			counts.put(RuleKind.FIELD_NOTES, update(municipalityId, """
					update encounter e set note = null from team t
					 where t.id = e.team_id and t.municipality_id = :m and e.note is not null
					   and e.local_date < retention_cutoff(:m, 'FIELD_NOTES')""")
					+ update(municipalityId, """
							update field_observation o set note = null from team t
							 where t.id = o.team_id and t.municipality_id = :m and o.note is not null
							   and o.local_date < retention_cutoff(:m, 'FIELD_NOTES')"""));
		}
		if (confirmed.containsKey(RuleKind.GUIDANCE_NOTES)) {
			counts.put(RuleKind.GUIDANCE_NOTES, update(municipalityId, """
					update anonymous_guidance g set note = null from team t
					 where t.id = g.team_id and t.municipality_id = :m and g.note is not null
					   and g.guided_on < retention_cutoff(:m, 'GUIDANCE_NOTES')""")
					+ update(municipalityId, """
							update parent_guidance g set note = null from team t
							 where t.id = g.team_id and t.municipality_id = :m and g.note is not null
							   and g.guided_on < retention_cutoff(:m, 'GUIDANCE_NOTES')"""));
		}
		if (confirmed.containsKey(RuleKind.REFERRAL_TEXT)) {
			counts.put(RuleKind.REFERRAL_TEXT, call(municipalityId, "select retention_blank_closed_referrals(?)"));
		}
		if (confirmed.containsKey(RuleKind.ACCESS_LOG)) {
			counts.put(RuleKind.ACCESS_LOG, call(municipalityId, "select retention_delete_access_log(?)"));
		}

		int blanked = 0;
		int deleted = 0;
		for (var entry : counts.entrySet()) {
			switch (entry.getKey().action()) {
				case BLANK -> blanked += entry.getValue();
				case DELETE -> deleted += entry.getValue();
				case ANONYMISE -> {
				}
			}
		}
		var outcome = new Outcome(runId, failure == null, failure, anonymised, blanked, deleted, held, refused, counts);
		own.executeWithoutResult(status -> {
			jdbc.sql("""
					update retention_run
					   set finished_at = ?, outcome = ?, failure = ?, anonymised = ?, blanked = ?, deleted = ?, held = ?,
					       refused = ?
					 where id = ?""")
				.params(Timestamp.from(clock.instant()), outcome.succeeded() ? "DONE" : "FAILED", outcome.failure(),
						outcome.anonymised(), outcome.blanked(), outcome.deleted(), outcome.held(), outcome.refused(), runId)
				.update();
			counts.forEach((kind, count) -> jdbc
				.sql("insert into retention_run_count (run_id, kind, action, count) values (?, ?, ?, ?)")
				.params(runId, kind.name(), kind.action().name(), count)
				.update());
		});
		log.info("Retention run {} ({}): anonymised={} blanked={} deleted={} held={} refused={}{}", runId, startedBy,
				anonymised, blanked, deleted, held, refused, failure == null ? "" : " failure=" + failure);
		return outcome;
	}

	private static @Nullable Path folder(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Path.of(name);
		}
		catch (InvalidPathException ex) {
			return null;
		}
	}

	private int update(UUID municipalityId, String sql) {
		Integer n = own.execute(status -> jdbc.sql(sql).param("m", municipalityId).update());
		return n == null ? 0 : n;
	}

	private int call(UUID municipalityId, String sql) {
		Integer n = own.execute(status -> jdbc.sql(sql).param(municipalityId).query(Integer.class).single());
		return n == null ? 0 : n;
	}

	/** The status the administrator's API answers: the last finished run's counts, holds and what is due as of now. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Status status(CurrentUser administrator) {
		var m = administrator.municipalityId();
		var last = lastRuns(m, 1).stream().findFirst().orElse(null);
		long heldNow = jdbc.sql("""
				select count(*) from legal_hold h join team t on t.id = h.team_id
				 where t.municipality_id = ? and h.lifted_at is null""")
			.param(m)
			.query(Long.class)
			.single();
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
	 * The leader's view: her team's youths to be anonymised within the next 30 days (or already due), and every youth
	 * on hold. Shows names, so it is logged as a list view naming each youth shown.
	 */
	@PreAuthorize("hasRole('LEADER')")
	@Transactional(readOnly = true)
	public List<DueYouth> due(CurrentUser leader) {
		var team = leader.requireTeamId();
		var rule = rules.confirmed(leader.municipalityId()).get(RuleKind.YOUTH_RECORD);
		var rows = jdbc.sql("""
				select y.id, y.name, y.closed_on, h.reason, h.placed_at
				  from youth y
				  left join legal_hold h on h.youth_id = y.id and h.lifted_at is null
				 where y.team_id = :team
				   and not exists (select 1 from retention_anonymised a where a.youth_id = y.id)
				   and (h.id is not null
				        or (y.status = 'CLOSED' and y.closed_on < retention_cutoff(:m, 'YOUTH_RECORD') + :window))
				 order by y.closed_on nulls last, y.name""")
			.param("team", team)
			.param("m", leader.municipalityId())
			.param("window", DUE_WINDOW_DAYS)
			.query((rs, n) -> {
				var closed = rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate();
				var placed = rs.getTimestamp("placed_at");
				return new DueYouth(rs.getObject("id", UUID.class), rs.getString("name"), closed,
						closed == null || rule == null ? null : closed.plusMonths(rule.months()).plusDays(1),
						rs.getString("reason"), placed == null ? null : placed.toInstant());
			})
			.list();
		accessLog.listed(leader, SUBJECT_DUE, rows.stream().map(DueYouth::id).toList());
		return rows;
	}

	/** Places a legal hold on a youth of the leader's team; written to the access log with its reason. */
	@PreAuthorize("hasRole('LEADER')")
	@Transactional
	public void hold(CurrentUser leader, UUID youthId, String reason) {
		var team = leader.requireTeamId();
		requireInTeam(team, youthId);
		boolean alreadyHeld = jdbc.sql("select count(*) from legal_hold where youth_id = ? and lifted_at is null")
			.param(youthId)
			.query(Long.class)
			.single() > 0;
		if (alreadyHeld) {
			throw new IllegalStateException("Already on hold");
		}
		jdbc.sql("""
				insert into legal_hold (id, team_id, youth_id, reason, placed_by, placed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), team, youthId, reason.strip(), leader.accountId(), Timestamp.from(clock.instant()))
			.update();
		accessLog.changed(leader, youthId, SUBJECT_HOLD, reason.strip(), null);
	}

	/** Lifts the youth's hold, with a reason; written to the access log. */
	@PreAuthorize("hasRole('LEADER')")
	@Transactional
	public void lift(CurrentUser leader, UUID youthId, String reason) {
		var team = leader.requireTeamId();
		requireInTeam(team, youthId);
		int lifted = jdbc.sql("""
				update legal_hold set lifted_at = ?, lifted_by = ?, lift_reason = ?
				 where youth_id = ? and team_id = ? and lifted_at is null""")
			.params(Timestamp.from(clock.instant()), leader.accountId(), reason.strip(), youthId, team)
			.update();
		if (lifted == 0) {
			throw new NotFoundException("Legal hold");
		}
		accessLog.changed(leader, youthId, SUBJECT_HOLD_LIFTED, reason.strip(), null);
	}

	private void requireInTeam(UUID team, UUID youthId) {
		boolean inTeam = jdbc.sql("select count(*) from youth where id = ? and team_id = ?")
			.params(youthId, team)
			.query(Long.class)
			.single() > 0;
		if (!inTeam) {
			throw new NotFoundException("Youth");
		}
	}

	public enum StartedBy {

		SCHEDULE, ADMIN, STARTUP

	}

	private record Due(UUID id, boolean held) {
	}

	/** What one run did; {@code failure} is a code (messages {@code retention.failure.*}), never personal data. */
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
