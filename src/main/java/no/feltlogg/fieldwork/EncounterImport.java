package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import no.feltlogg.shared.CurrentUser;

/**
 * Imports past encounters from a CSV file (see {@code docs/import.md} and ADR 0006): one
 * transaction per import, one import at a time per team, all or nothing. The file is read
 * and checked by {@link ImportFile} while its good lines stream into the staging table
 * ({@link ImportStaging}); then lines whose {@code source_id} the team imported before
 * are skipped, source ids repeated within the file are reported, and the rest are stored
 * (ADR 0016). Any bad line rolls everything back, and so does a dry run. Also the team's
 * history of imports, and their undoing.
 */
@Service
class EncounterImport {

	private static final Logger log = LoggerFactory.getLogger(EncounterImport.class);

	private final ImportCodeLists codeLists;

	private final ImportStaging staging;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Counter stored;

	EncounterImport(ImportCodeLists codeLists, ImportStaging staging, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock, MeterRegistry meters) {
		this.codeLists = codeLists;
		this.staging = staging;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.stored = Counter.builder("feltlogg.imports").description("Imports of encounters stored").register(meters);
	}

	/**
	 * Checks and, unless {@code dryRun} or a line is bad, stores the encounters of a CSV
	 * file for the leader's team. All or nothing; a line whose source id was imported
	 * before for the team is skipped and counted.
	 */
	@PreAuthorize("hasRole('LEADER')")
	public ImportOutcome run(CurrentUser leader, InputStream csv, boolean dryRun) {
		return runFor(leader.requireTeamId(), leader.accountId(), csv, dryRun);
	}

	/**
	 * The same for a team and the account it is recorded for, when the system imports
	 * (demo data).
	 */
	ImportOutcome runFor(UUID team, UUID importer, InputStream csv, boolean dryRun) {
		long started = System.nanoTime();
		var outcome = transactions.execute(status -> {
			try {
				return importInTransaction(team, importer, csv, dryRun, status);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The import failed in the database", ex);
			}
		});
		if (outcome == null) {
			throw new IllegalStateException("The import transaction returned nothing");
		}
		log.info("Import of encounters for team {}{}: {} imported, {} skipped, {} bad lines, in {} ms", team,
				dryRun ? " (dry run)" : "", outcome.imported(), outcome.skipped(), outcome.errorCount(),
				(System.nanoTime() - started) / 1_000_000);
		if (!dryRun && !outcome.hasErrors()) {
			stored.increment();
		}
		return outcome;
	}

	/** The team's stored imports, newest first. */
	List<PastImport> history(UUID team, int limit) {
		return jdbc.query("select id, imported_at, imported_by, imported, skipped, new_areas, new_places, first_date,"
				+ " last_date, undoable, undone_at from encounter_import where team_id = ? order by imported_at desc"
				+ " limit ?",
				(row, i) -> new PastImport(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(),
						row.getObject(3, UUID.class), row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7),
						row.getObject(8, LocalDate.class), row.getObject(9, LocalDate.class), row.getBoolean(10),
						row.getTimestamp(11) == null ? null : row.getTimestamp(11).toInstant()),
				team, limit);
	}

	/**
	 * Undoes one of the leader's team's imports: its encounters are deleted (and leave
	 * the statistics with them), the import stays in the history as undone, and its
	 * source ids can be imported again. Areas and places it created stay. Empty if the
	 * team has no such import that can still be undone.
	 */
	@PreAuthorize("hasRole('LEADER')")
	public OptionalInt undo(CurrentUser leader, UUID importId) {
		var team = leader.requireTeamId();
		var removed = transactions.execute(status -> {
			withoutTimeouts();
			lockImportsOf(team);
			int marked = jdbc.update(
					"update encounter_import set undone_at = ?, undone_by = ? where id = ?"
							+ " and team_id = ? and undoable and undone_at is null",
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), leader.accountId(), importId, team);
			if (marked == 0) {
				return null;
			}
			return jdbc.update("delete from imported_encounter where team_id = ? and import_id = ?", team, importId);
		});
		if (removed == null) {
			return OptionalInt.empty();
		}
		log.info("Import {} of team {} undone by {}: {} encounters removed", importId, team, leader.accountId(),
				removed);
		return OptionalInt.of(removed);
	}

	/**
	 * Frees the import's (or undo's) transaction from the connections' statement and idle
	 * timeouts (ADR 0025): a million lines stream through COPY for longer than any page
	 * may take, at the pace of the upload. A second upload of the team waits up to ten
	 * minutes for the first to finish.
	 */
	private void withoutTimeouts() {
		jdbc.execute("set local statement_timeout = 0; set local idle_in_transaction_session_timeout = 0;"
				+ " set local lock_timeout = '10min'");
	}

	/**
	 * One import (or undo) at a time per team, so that two uploads of one file cannot
	 * both pass the source_id check.
	 */
	private void lockImportsOf(UUID team) {
		jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))::text", "encounter-import:" + team);
	}

	private ImportOutcome importInTransaction(UUID team, UUID leader, InputStream csv, boolean dryRun,
			TransactionStatus status) throws IOException, SQLException {
		long started = System.nanoTime();
		withoutTimeouts();
		lockImportsOf(team);
		var file = new ImportFile(codeLists.of(team), clock.instant().plus(Duration.ofMinutes(10)));
		long copied = staging.copy(file, csv);
		long read = System.nanoTime();
		var errors = file.errors();
		var places = file.places();
		int skipped = staging.skipKnown(team);
		if (dryRun || errors.count() > 0) {
			// On a good file that is stored, the primary key of imported_encounter finds
			// them (see below).
			staging.reportRepeatedSourceIds(errors);
		}
		if (errors.count() > 0) {
			return refused(dryRun, errors, places, status);
		}
		int imported = (int) (copied - skipped);
		if (skipped > 0) {
			// An area or place named only on skipped lines is not created.
			places.forgetAllBut(staging.inUse(places.placeholders()));
		}
		if (dryRun || copied == 0) {
			// Nothing to store: a dry run, or a file with a header and no lines.
			status.setRollbackOnly();
			return new ImportOutcome(dryRun, imported, skipped, 0, List.of(), places.newAreaNames(),
					places.newPlaceNames());
		}
		long checked = System.nanoTime();
		jdbc.execute("savepoint before_store");
		try {
			var realIds = codeLists.create(team, places);
			staging.store(team, leader, clock.instant(), realIds, places.newAreas().size(), places.newPlaces().size(),
					skipped, copied - skipped);
		}
		catch (DuplicateKeyException ex) {
			// A source id repeated within the file (among the lines not imported before),
			// which the primary key of
			// imported_encounter refuses: found and reported here rather than by a pass
			// over every line before
			// storing, since a good file has none.
			jdbc.execute("rollback to savepoint before_store");
			staging.reportRepeatedSourceIds(errors);
			if (errors.count() == 0) {
				throw ex;
			}
			return refused(dryRun, errors, places, status);
		}
		log.info("Import phases: read, check and COPY {} lines {} ms; repeated and known source ids {} ms; store {} ms",
				copied, (read - started) / 1_000_000, (checked - read) / 1_000_000,
				(System.nanoTime() - checked) / 1_000_000);
		return new ImportOutcome(false, imported, skipped, 0, List.of(), places.newAreaNames(), places.newPlaceNames());
	}

	private static ImportOutcome refused(boolean dryRun, ImportErrors errors, ImportPlaces places,
			TransactionStatus status) {
		status.setRollbackOnly();
		return new ImportOutcome(dryRun, 0, 0, errors.count(), errors.sorted(), places.newAreaNames(),
				places.newPlaceNames());
	}

}
