package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import no.feltlogg.fieldwork.ImportOutcome.LineError;
import no.feltlogg.fieldwork.ImportOutcome.Problem;

/**
 * The SQL of an import, within the orchestrator's transaction (ADR 0006, 0016): the good
 * lines of the file are sent with PostgreSQL's COPY into the temporary table
 * {@code import_line}, lines whose source id the team imported before are dropped from
 * it, and the rest is stored into {@code imported_encounter} with one insert-select.
 */
@Component
class ImportStaging {

	/**
	 * Lines stored at once from which the table's planner statistics are refreshed in the
	 * import (about 0.3 s).
	 */
	static final int ANALYZE_AFTER = 10_000;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	ImportStaging(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Reads the file into a new staging table, dropped at commit; answers how many lines
	 * PostgreSQL took.
	 */
	long copy(ImportFile file, InputStream csv) throws IOException, SQLException {
		jdbc.execute("create temp table import_line (line integer not null, epoch bigint not null,"
				+ " local_date date not null, local_hour integer not null, arena_code text not null, area_id uuid,"
				+ " place_id uuid, themes text[] not null, gender text not null, age_band text not null,"
				+ " count integer not null, source_id text not null) on commit drop");
		long copied;
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy import_line (line, epoch, local_date, local_hour, arena_code, area_id, place_id, themes,"
						+ " gender, age_band, count, source_id) from stdin");
			try {
				var rows = new CopyRows(copy);
				file.read(csv, line -> send(line, rows));
				copied = rows.finish();
			}
			catch (CopyFailed ex) {
				throw ex.getCause();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		return copied;
	}

	private static void send(ImportLine line, CopyRows rows) {
		try {
			rows.number(line.line())
				.number(line.epochSecond())
				.text(line.localDate().toString())
				.number(line.localHour())
				.text(line.arena())
				.text(line.areaId() == null ? null : line.areaId().toString())
				.text(line.placeId() == null ? null : line.placeId().toString())
				.array(line.themes())
				.text(line.gender().name())
				.text(line.ageBand())
				.number(line.count())
				.text(line.sourceId())
				.endRow();
		}
		catch (SQLException ex) {
			throw new CopyFailed(ex);
		}
	}

	/** A failure of COPY, carried out of the file's reader. */
	private static final class CopyFailed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CopyFailed(SQLException cause) {
			super(cause);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}

	}

	/**
	 * Drops the staged lines whose source id the team imported (or, before ADR 0016,
	 * logged) before; how many.
	 */
	int skipKnown(UUID team) {
		jdbc.execute("analyze import_line (source_id)");
		return jdbc
			.update("delete from import_line s using imported_encounter e"
					+ " where e.team_id = ? and e.source_id = s.source_id", team)
				+ jdbc.update(
						"delete from import_line s using encounter e where e.team_id = ? and e.source_id = s.source_id",
						team);
	}

	/**
	 * A source id may appear once in a file; every later line with it is an error that
	 * names the first.
	 */
	void reportRepeatedSourceIds(ImportErrors errors) {
		jdbc.query("select s.line, s.source_id, r.first_line from import_line s join (select source_id,"
				+ " min(line) as first_line from import_line group by source_id having count(*) > 1) r"
				+ " on r.source_id = s.source_id where s.line <> r.first_line order by s.line", row -> {
					errors.add(new LineError(row.getLong(1), List.of(Problem.messageKey("import.error.repeatedSourceId",
							row.getString(2), String.valueOf(row.getLong(3))))));
				});
	}

	/** Which of these placeholders of new codes the staged lines still use. */
	Set<UUID> inUse(List<UUID> placeholders) {
		if (placeholders.isEmpty()) {
			return Set.of();
		}
		var inUse = new HashSet<UUID>();
		jdbc.query("select distinct p from import_line, unnest(array[area_id, place_id]) p where p = any(?)",
				statement -> statement.setArray(1,
						statement.getConnection().createArrayOf("uuid", placeholders.toArray())),
				row -> {
					inUse.add(row.getObject(1, UUID.class));
				});
		return inUse;
	}

	/**
	 * Stores the staged lines as one import of the team, their new codes' placeholders
	 * replaced by the ids of the codes made for them; answers the import's id.
	 */
	UUID store(UUID team, UUID leader, Instant at, Map<UUID, UUID> realIds, int newAreas, int newPlaces, int skipped,
			long lines) {
		jdbc.execute(
				"create temp table import_code (placeholder uuid primary key, real_id uuid not null) on commit drop");
		jdbc.batchUpdate("insert into import_code (placeholder, real_id) values (?, ?)",
				realIds.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList());
		// One row for the import, which its lines refer to; no encounter_change row per
		// line: see ADR 0006.
		var importId = UUID.randomUUID();
		jdbc.update("insert into encounter_import (id, team_id, imported_by, imported_at, imported, skipped, new_areas,"
				+ " new_places, first_date, last_date, undoable) select ?, ?, ?, ?, count(*), ?, ?, ?, min(local_date),"
				+ " max(local_date), true from import_line", importId, team, leader,
				OffsetDateTime.ofInstant(at, ZoneOffset.UTC), skipped, newAreas, newPlaces);
		// Read-only rows of their own, apart from the encounters workers log: see ADR
		// 0016.
		jdbc.update(
				"insert into imported_encounter (team_id, source_id, import_id, occurred_at, local_date, local_hour,"
						+ " arena_code, area_id, place_id, themes, gender, age_band, count)"
						+ " select ?, s.source_id, ?, to_timestamp(s.epoch), s.local_date, s.local_hour, s.arena_code,"
						+ " coalesce(a.real_id, s.area_id), coalesce(p.real_id, s.place_id), s.themes, s.gender, s.age_band,"
						+ " s.count from import_line s left join import_code a on a.placeholder = s.area_id"
						+ " left join import_code p on p.placeholder = s.place_id",
				team, importId);
		if (lines >= ANALYZE_AFTER) {
			// Fresh statistics for the reports and lists a leader opens next, rather than
			// after autovacuum's turn.
			jdbc.execute("analyze imported_encounter");
		}
		return importId;
	}

}
