package no.feltlogg.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.feltlogg.retention.Retention.Outcome;
import no.feltlogg.retention.Retention.StartedBy;

/**
 * One retention run for one municipality, under the lock {@link Retention#run} holds (ADR
 * 0034): the run recorded as running, each confirmed rule applied in a transaction of its
 * own (each youth anonymised in one of its own, after its archive package), and the run
 * recorded with its counts and, if it failed, a failure code.
 */
@Component
class RetentionRun {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final RetentionRules rules;

	private final ArchiveDeposit archive;

	private final Clock clock;

	private final TransactionTemplate own;

	RetentionRun(JdbcClient jdbc, RetentionRules rules, ArchiveDeposit archive, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.archive = archive;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	Outcome run(UUID municipalityId, StartedBy startedBy) {
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
					   and e.local_date < retention_cutoff(:m, 'FIELD_NOTES')""") + update(municipalityId, """
					update field_observation o set note = null from team t
					 where t.id = o.team_id and t.municipality_id = :m and o.note is not null
					   and o.local_date < retention_cutoff(:m, 'FIELD_NOTES')"""));
		}
		if (confirmed.containsKey(RuleKind.GUIDANCE_NOTES)) {
			counts.put(RuleKind.GUIDANCE_NOTES, update(municipalityId, """
					update anonymous_guidance g set note = null from team t
					 where t.id = g.team_id and t.municipality_id = :m and g.note is not null
					   and g.guided_on < retention_cutoff(:m, 'GUIDANCE_NOTES')""") + update(municipalityId, """
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
			jdbc.sql(
					"""
							update retention_run
							   set finished_at = ?, outcome = ?, failure = ?, anonymised = ?, blanked = ?, deleted = ?, held = ?,
							       refused = ?
							 where id = ?""")
				.params(Timestamp.from(clock.instant()), outcome.succeeded() ? "DONE" : "FAILED", outcome.failure(),
						outcome.anonymised(), outcome.blanked(), outcome.deleted(), outcome.held(), outcome.refused(),
						runId)
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

	private record Due(UUID id, boolean held) {
	}

}
