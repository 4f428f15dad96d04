package no.feltlogg.fieldwork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.ImportOutcome.LineError;
import no.feltlogg.fieldwork.ImportOutcome.Problem;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Oslo;

/**
 * Imports past encounters from a CSV file (see {@code docs/import.md} and ADR 0006). The file is read as a stream and
 * checked line by line while the good lines are sent with PostgreSQL's COPY into a temporary staging table; then,
 * in the same transaction, lines whose {@code source_id} the team imported before are skipped, source ids repeated
 * within the file are reported, and the rest are inserted into {@code imported_encounter} with one insert-select (ADR
 * 0016). Any bad line rolls everything back, and so does a dry run. Memory stays flat whatever the size of the file:
 * only the team's code lists, the names of new areas and places, and the first {@value #MAX_REPORTED_ERRORS} bad lines
 * are kept.
 */
@Service
class EncounterImport {

	static final List<String> COLUMNS = List.of("date", "time", "arena", "area", "place", "gender", "age", "count",
			"themes", "source_id");

	/** Bad lines reported in full; {@link ImportOutcome#errorCount()} tells how many there were in all. */
	static final int MAX_REPORTED_ERRORS = 1000;

	/** New areas and places one file may create; more is a file of another kind, not a list of places. */
	static final int MAX_NEW_CODES = 200;

	/** The time of day of a line whose {@code time} is empty. */
	static final LocalTime DEFAULT_TIME = LocalTime.NOON;

	static final int MAX_COUNT = 999;

	/** Lines stored at once from which the table's planner statistics are refreshed in the import (about 0.3 s). */
	private static final int ANALYZE_AFTER = 10_000;

	private static final int MAX_LABEL = 120;

	private static final int MAX_SOURCE_ID = 120;

	/** A longer record is a broken file (an unterminated quote), and reading on would fill the memory. */
	static final int MAX_RECORD_CHARS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(EncounterImport.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setTrim(true)
		.get();

	private final Catalog catalog;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final Clock clock;

	private final Counter stored;

	EncounterImport(Catalog catalog, DataSource dataSource, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, EntityManager entityManager, Clock clock,
			MeterRegistry meters) {
		this.catalog = catalog;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
		this.clock = clock;
		this.stored = Counter.builder("feltlogg.imports").description("Imports of encounters stored").register(meters);
	}

	/**
	 * Checks and, unless {@code dryRun} or a line is bad, stores the encounters of a CSV file for the leader's team.
	 * All or nothing; a line whose source id was imported before for the team is skipped and counted.
	 */
	@PreAuthorize("hasRole('LEADER')")
	public ImportOutcome run(CurrentUser leader, InputStream csv, boolean dryRun) {
		return runFor(leader.requireTeamId(), leader.accountId(), csv, dryRun);
	}

	/** The same for a team and the account it is recorded for, when the system imports (demo data). */
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
	 * Undoes one of the leader's team's imports: its encounters are deleted (and leave the statistics with them), the
	 * import stays in the history as undone, and its source ids can be imported again. Areas and places it created
	 * stay. Empty if the team has no such import that can still be undone.
	 */
	@PreAuthorize("hasRole('LEADER')")
	public OptionalInt undo(CurrentUser leader, UUID importId) {
		var team = leader.requireTeamId();
		var removed = transactions.execute(status -> {
			withoutTimeouts();
			lockImportsOf(team);
			int marked = jdbc.update("update encounter_import set undone_at = ?, undone_by = ? where id = ?"
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
	 * Frees the import's (or undo's) transaction from the connections' statement and idle timeouts (ADR 0025): a
	 * million lines stream through COPY for longer than any page may take, at the pace of the upload. A second upload
	 * of the team waits up to ten minutes for the first to finish.
	 */
	private void withoutTimeouts() {
		jdbc.execute("set local statement_timeout = 0; set local idle_in_transaction_session_timeout = 0;"
				+ " set local lock_timeout = '10min'");
	}

	/** One import (or undo) at a time per team, so that two uploads of one file cannot both pass the source_id check. */
	private void lockImportsOf(UUID team) {
		jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))::text", "encounter-import:" + team);
	}

	private ImportOutcome importInTransaction(UUID team, UUID leader, InputStream csv, boolean dryRun,
			TransactionStatus status) throws IOException, SQLException {
		long started = System.nanoTime();
		withoutTimeouts();
		lockImportsOf(team);
		jdbc.execute("create temp table import_line (line integer not null, epoch bigint not null,"
				+ " local_date date not null, local_hour integer not null, arena_code text not null, area_id uuid,"
				+ " place_id uuid, themes text[] not null, gender text not null, age_band text not null,"
				+ " count integer not null, source_id text not null) on commit drop");
		var lines = new Lines(new Lookups(team), clock.instant().plus(Duration.ofMinutes(10)));
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy import_line (line, epoch, local_date, local_hour, arena_code, area_id, place_id, themes,"
						+ " gender, age_band, count, source_id) from stdin");
			try {
				lines.read(csv, new CopyRows(copy));
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
		long read = System.nanoTime();
		jdbc.execute("analyze import_line (source_id)");
		var errors = new ErrorReport();
		lines.errors.forEach(errors::add);
		errors.count += lines.errorCount - lines.errors.size();
		int skipped = jdbc.update("delete from import_line s using imported_encounter e"
				+ " where e.team_id = ? and e.source_id = s.source_id", team)
				+ jdbc.update("delete from import_line s using encounter e where e.team_id = ? and e.source_id = s.source_id",
						team);
		if (dryRun || errors.count > 0) {
			// On a good file that is stored, the primary key of imported_encounter finds them (see below).
			reportRepeatedSourceIds(errors);
		}
		var newAreas = lines.newAreas.values().stream().map(NewCode::label).toList();
		var newPlaces = lines.newPlaceNames();
		if (errors.count > 0) {
			status.setRollbackOnly();
			return new ImportOutcome(dryRun, 0, 0, errors.count, errors.sorted(), newAreas, newPlaces);
		}
		int imported = (int) (lines.copied - skipped);
		if (skipped > 0) {
			// An area or place named only on skipped lines is not created.
			lines.forgetNewCodesNotIn(placeholdersInUse(lines));
			newAreas = lines.newAreas.values().stream().map(NewCode::label).toList();
			newPlaces = lines.newPlaceNames();
		}
		if (dryRun || lines.copied == 0) {
			// Nothing to store: a dry run, or a file with a header and no lines.
			status.setRollbackOnly();
			return new ImportOutcome(dryRun, imported, skipped, 0, List.of(), newAreas, newPlaces);
		}
		long checked = System.nanoTime();
		jdbc.execute("savepoint before_store");
		try {
			store(team, leader, lines, skipped);
		}
		catch (DuplicateKeyException ex) {
			// A source id repeated within the file (among the lines not imported before), which the primary key of
			// imported_encounter refuses: found and reported here rather than by a pass over every line before
			// storing, since a good file has none.
			jdbc.execute("rollback to savepoint before_store");
			reportRepeatedSourceIds(errors);
			if (errors.count == 0) {
				throw ex;
			}
			status.setRollbackOnly();
			return new ImportOutcome(dryRun, 0, 0, errors.count, errors.sorted(), newAreas, newPlaces);
		}
		log.info("Import phases: read, check and COPY {} lines {} ms; repeated and known source ids {} ms; store {} ms",
				lines.copied, (read - started) / 1_000_000, (checked - read) / 1_000_000,
				(System.nanoTime() - checked) / 1_000_000);
		return new ImportOutcome(false, imported, skipped, 0, List.of(), newAreas, newPlaces);
	}

	private Set<UUID> placeholdersInUse(Lines lines) {
		var placeholders = new ArrayList<UUID>();
		lines.newAreas.values().forEach(c -> placeholders.add(c.placeholder()));
		lines.newPlaces.values().forEach(c -> placeholders.add(c.placeholder()));
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

	/** A source id may appear once in a file; every later line with it is an error that names the first. */
	private void reportRepeatedSourceIds(ErrorReport errors) {
		jdbc.query("select s.line, s.source_id, r.first_line from import_line s join (select source_id,"
				+ " min(line) as first_line from import_line group by source_id having count(*) > 1) r"
				+ " on r.source_id = s.source_id where s.line <> r.first_line order by s.line", row -> {
					errors.add(new LineError(row.getLong(1), List.of(Problem.messageKey("import.error.repeatedSourceId",
							row.getString(2), String.valueOf(row.getLong(3))))));
				});
	}

	private void store(UUID team, UUID leader, Lines lines, int skipped) {
		var realIds = new LinkedHashMap<UUID, UUID>();
		lines.newAreas.values()
			.forEach(area -> realIds.put(area.placeholder(), catalog.ensure(team, CodeKind.AREA, area.label(), null).id()));
		lines.newPlaces.values().forEach(place -> {
			var area = realIds.getOrDefault(place.areaId(), place.areaId());
			realIds.put(place.placeholder(), catalog.ensure(team, CodeKind.PLACE, place.label(), area).id());
		});
		// The new codes must be in the database before the encounters refer to them.
		entityManager.flush();
		jdbc.execute("create temp table import_code (placeholder uuid primary key, real_id uuid not null) on commit drop");
		jdbc.batchUpdate("insert into import_code (placeholder, real_id) values (?, ?)",
				realIds.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList());
		var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		// One row for the import, which its lines refer to; no encounter_change row per line: see ADR 0006.
		var importId = UUID.randomUUID();
		jdbc.update("insert into encounter_import (id, team_id, imported_by, imported_at, imported, skipped, new_areas,"
				+ " new_places, first_date, last_date, undoable) select ?, ?, ?, ?, count(*), ?, ?, ?, min(local_date),"
				+ " max(local_date), true from import_line", importId, team, leader, now, skipped, lines.newAreas.size(),
				lines.newPlaces.size());
		// Read-only rows of their own, apart from the encounters workers log: see ADR 0016.
		jdbc.update("insert into imported_encounter (team_id, source_id, import_id, occurred_at, local_date, local_hour,"
				+ " arena_code, area_id, place_id, themes, gender, age_band, count)"
				+ " select ?, s.source_id, ?, to_timestamp(s.epoch), s.local_date, s.local_hour, s.arena_code,"
				+ " coalesce(a.real_id, s.area_id), coalesce(p.real_id, s.place_id), s.themes, s.gender, s.age_band,"
				+ " s.count from import_line s left join import_code a on a.placeholder = s.area_id"
				+ " left join import_code p on p.placeholder = s.place_id", team, importId);
		if (lines.copied - skipped >= ANALYZE_AFTER) {
			// Fresh statistics for the reports and lists a leader opens next, rather than after autovacuum's turn.
			jdbc.execute("analyze imported_encounter");
		}
	}

	/** The team's code lists, read once per import and looked up per line without the database. */
	private final class Lookups {

		final Set<String> arenas;

		final Set<String> themes;

		/** Age band code by whole age, for the ages 0 to 120. */
		final String[] bandByAge = new String[121];

		/** Age band code by its code or label, lower case. */
		final Map<String, String> bands = new HashMap<>();

		final Map<String, CodeItem> areasByName = new HashMap<>();

		final Map<UUID, String> areaNames = new HashMap<>();

		final Map<String, List<CodeItem>> placesByName = new HashMap<>();

		Lookups(UUID team) {
			arenas = catalog.labels(team, CodeKind.ARENA).keySet().stream().map(EncounterImport::lower)
				.collect(Collectors.toSet());
			themes = catalog.labels(team, CodeKind.THEME).keySet().stream().map(EncounterImport::lower)
				.collect(Collectors.toSet());
			var active = catalog.active(team, CodeKind.AGE_BAND);
			for (int age = 0; age < bandByAge.length; age++) {
				int a = age;
				bandByAge[age] = active.stream().filter(b -> b.containsAge(a)).map(CodeItem::code).findFirst().orElse(null);
			}
			for (var band : catalog.all(team, CodeKind.AGE_BAND)) {
				bands.putIfAbsent(lower(band.label()), band.code());
				bands.put(lower(band.code()), band.code());
			}
			for (var area : catalog.all(team, CodeKind.AREA)) {
				areasByName.putIfAbsent(lower(area.label()), area);
				areaNames.put(area.id(), area.label());
			}
			for (var place : catalog.all(team, CodeKind.PLACE)) {
				placesByName.computeIfAbsent(lower(place.label()), k -> new ArrayList<>()).add(place);
			}
		}

	}

	/** An area or place named in the file that the team does not have yet, created when the import is stored. */
	record NewCode(UUID placeholder, String label, @Nullable UUID areaId, @Nullable String areaLabel, long line) {

		/** A new place with its area, {@code Skateparken (Nord)}. */
		String named() {
			return areaLabel == null ? label : label + " (" + areaLabel + ")";
		}

	}

	/** Reads the file a line at a time, checks each line and sends the good ones to COPY. */
	private static final class Lines {

		final Lookups lookups;

		final Instant latest;

		final List<LineError> errors = new ArrayList<>();

		long errorCount;

		long copied;

		final Map<String, NewCode> newAreas = new LinkedHashMap<>();

		final Map<String, NewCode> newPlaces = new LinkedHashMap<>();

		private int[] column = new int[0];

		private int columns;

		Lines(Lookups lookups, Instant latest) {
			this.lookups = lookups;
			this.latest = latest;
		}

		void read(InputStream csv, CopyRows rows) throws IOException, SQLException {
			var reader = new RecordLengthGuard(
					new BufferedReader(new StrictUtf8Reader(csv), 1 << 16), MAX_RECORD_CHARS);
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
				var records = parser.iterator();
				long line = 1;
				try {
					boolean headerFine = records.hasNext() && header(records.next());
					while (headerFine && records.hasNext()) {
						var record = records.next();
						line = record.getRecordNumber();
						if (record.size() == 1 && record.get(0).isEmpty()) {
							continue;
						}
						check(record, rows);
					}
				}
				catch (UncheckedIOException ex) {
					if (ex.getCause() instanceof StrictUtf8Reader.NotUtf8 notUtf8) {
						error(notUtf8.line(), List.of(Problem.messageKey("import.error.encoding")));
					}
					else if (ex.getCause() instanceof RecordLengthGuard.RecordTooLong) {
						error(line + 1, List.of(Problem.messageKey("import.error.tooLong", MAX_RECORD_CHARS)));
					}
					else if (ex.getCause() instanceof CSVException) {
						error(line + 1, List.of(Problem.messageKey("import.error.malformed")));
					}
					else {
						throw ex;
					}
				}
			}
			copied = rows.finish();
		}

		private boolean header(CSVRecord header) {
			var names = new ArrayList<String>();
			header.forEach(name -> names.add(lower(name.replace("\uFEFF", ""))));
			column = new int[COLUMNS.size()];
			var missing = new ArrayList<String>();
			for (int i = 0; i < COLUMNS.size(); i++) {
				column[i] = names.indexOf(COLUMNS.get(i));
				if (column[i] < 0) {
					missing.add(COLUMNS.get(i));
				}
			}
			columns = names.size();
			if (!missing.isEmpty()) {
				error(1, List.of(Problem.messageKey("import.error.header", String.join(", ", missing),
						String.join(",", COLUMNS))));
				return false;
			}
			return true;
		}

		private String value(CSVRecord record, int index) {
			int at = column[index];
			return at < record.size() ? record.get(at) : "";
		}

		private void check(CSVRecord record, CopyRows rows) throws SQLException {
			long line = record.getRecordNumber();
			var problems = new ArrayList<Problem>();
			if (record.size() != columns) {
				problems.add(Problem.messageKey("import.error.columns", record.size(), columns));
				error(line, problems);
				return;
			}
			for (int column = 0; column < COLUMNS.size(); column++) {
				if (value(record, column).chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
					// a NUL or another control character: nothing an export should hold, and PostgreSQL
					// cannot store a NUL
					problems.add(Problem.messageKey("import.error.controlCharacter", COLUMNS.get(column)));
				}
			}
			if (!problems.isEmpty()) {
				error(line, problems);
				return;
			}
			var occurred = occurredAt(value(record, 0), value(record, 1), problems);
			var arena = lower(value(record, 2));
			if (arena.isEmpty()) {
				problems.add(Problem.messageKey("import.error.arenaMissing"));
			}
			else if (!lookups.arenas.contains(arena)) {
				problems.add(Problem.messageKey("import.error.arena", value(record, 2)));
			}
			var gender = Gender.parse(value(record, 5));
			if (gender.isEmpty()) {
				problems.add(Problem.messageKey("import.error.gender", value(record, 5)));
			}
			var band = ageBand(value(record, 6), problems);
			int count = count(value(record, 7), problems);
			var themes = themes(value(record, 8), problems);
			var sourceId = value(record, 9);
			if (sourceId.isEmpty()) {
				problems.add(Problem.messageKey("import.error.sourceIdMissing"));
			}
			else if (sourceId.length() > MAX_SOURCE_ID) {
				problems.add(Problem.messageKey("import.error.sourceIdTooLong", MAX_SOURCE_ID));
			}
			var where = where(value(record, 3), value(record, 4), line, problems);
			if (!problems.isEmpty() || occurred == null || gender.isEmpty() || band == null) {
				error(line, problems);
				return;
			}
			var local = Oslo.local(occurred);
			rows.number(line)
				.number(occurred.getEpochSecond())
				.text(local.toLocalDate().toString())
				.number(local.getHour())
				.text(arena)
				.text(where.areaId == null ? null : where.areaId.toString())
				.text(where.placeId == null ? null : where.placeId.toString())
				.array(themes)
				.text(gender.get().name())
				.text(band)
				.number(count)
				.text(sourceId)
				.endRow();
		}

		private @Nullable Instant occurredAt(String dateText, String timeText, List<Problem> problems) {
			LocalDate date = null;
			LocalTime time = DEFAULT_TIME;
			if (dateText.isEmpty()) {
				problems.add(Problem.messageKey("import.error.dateMissing"));
			}
			else {
				try {
					date = LocalDate.parse(dateText);
					if (!FormDates.inRange(date)) {
						problems.add(Problem.messageKey("import.error.dateRange", dateText));
						date = null;
					}
				}
				catch (DateTimeParseException ex) {
					problems.add(Problem.messageKey("import.error.date", dateText));
				}
			}
			if (!timeText.isEmpty()) {
				try {
					time = LocalTime.parse(timeText, TIME);
				}
				catch (DateTimeParseException ex) {
					problems.add(Problem.messageKey("import.error.time", timeText));
					return null;
				}
			}
			if (date == null) {
				return null;
			}
			var occurred = Oslo.instant(LocalDateTime.of(date, time));
			if (occurred.isAfter(latest)) {
				problems.add(Problem.messageKey("import.error.future"));
				return null;
			}
			return occurred;
		}

		private @Nullable String ageBand(String text, List<Problem> problems) {
			if (text.isEmpty()) {
				problems.add(Problem.messageKey("import.error.ageMissing"));
				return null;
			}
			String band;
			if (isDigits(text) && text.length() <= 3) {
				int age = Integer.parseInt(text);
				band = age < lookups.bandByAge.length ? lookups.bandByAge[age] : null;
				if (band == null) {
					problems.add(Problem.messageKey("import.error.ageOutside", text));
				}
			}
			else {
				band = lookups.bands.get(lower(text));
				if (band == null) {
					problems.add(Problem.messageKey("import.error.age", text));
				}
			}
			return band;
		}

		private int count(String text, List<Problem> problems) {
			if (text.isEmpty() || !(isDigits(text) || text.startsWith("-") && isDigits(text.substring(1)))
					|| text.length() > 6) {
				problems.add(Problem.messageKey("import.error.count", text, MAX_COUNT));
				return 0;
			}
			int count = Integer.parseInt(text);
			if (count < 1 || count > MAX_COUNT) {
				problems.add(Problem.messageKey("import.error.count", text, MAX_COUNT));
			}
			return count;
		}

		private List<String> themes(String text, List<Problem> problems) {
			if (text.isEmpty()) {
				return List.of();
			}
			var themes = new ArrayList<String>(4);
			for (var part : text.split(";")) {
				var code = lower(part);
				if (code.isEmpty() || themes.contains(code)) {
					continue;
				}
				if (!lookups.themes.contains(code)) {
					problems.add(Problem.messageKey("import.error.theme", part.trim()));
				}
				themes.add(code);
			}
			return themes;
		}

		private record Where(@Nullable UUID areaId, @Nullable UUID placeId) {
		}

		/**
		 * The area and place of a line: known names are looked up, new ones are noted for creation. The pair (area,
		 * place) names a place, so a name known in another area is a new place in this one; a place named without its
		 * area must be known to the team (or new in the file) under one area only.
		 */
		private Where where(String areaName, String placeName, long line, List<Problem> problems) {
			if (areaName.length() > MAX_LABEL || placeName.length() > MAX_LABEL) {
				problems.add(Problem.messageKey("import.error.nameTooLong", MAX_LABEL));
				return new Where(null, null);
			}
			var areaKey = lower(areaName);
			var placeKey = lower(placeName);
			UUID areaId = null;
			String areaLabel = null;
			NewCode newArea = null;
			if (!areaKey.isEmpty()) {
				var known = lookups.areasByName.get(areaKey);
				if (known != null) {
					areaId = known.id();
					areaLabel = known.label();
				}
				else {
					newArea = newAreas.get(areaKey);
					if (newArea == null) {
						newArea = new NewCode(UUID.randomUUID(), areaName, null, null, line);
					}
					areaId = newArea.placeholder();
					areaLabel = newArea.label();
				}
			}
			UUID placeId = null;
			NewCode newPlace = null;
			String newPlaceKey = null;
			if (!placeKey.isEmpty()) {
				// the pair (area, place) names a place: the same name may be a place in several areas (ADR 0038)
				var known = lookups.placesByName.getOrDefault(placeKey, List.of());
				if (areaId == null) {
					var newInFile = newPlaces.values()
						.stream()
						.filter(p -> lower(p.label()).equals(placeKey))
						.toList();
					int candidates = known.size() + newInFile.size();
					if (candidates == 0) {
						problems.add(Problem.messageKey("import.error.placeNeedsArea", placeName));
					}
					else if (candidates > 1) {
						problems.add(Problem.messageKey("import.error.placeAmbiguous", placeName));
					}
					else if (known.size() == 1) {
						placeId = known.getFirst().id();
						areaId = known.getFirst().areaId();
					}
					else {
						placeId = newInFile.getFirst().placeholder();
						areaId = newInFile.getFirst().areaId();
					}
				}
				else {
					UUID area = areaId;
					var inArea = known.stream().filter(p -> area.equals(p.areaId())).findFirst();
					if (inArea.isPresent()) {
						placeId = inArea.get().id();
					}
					else {
						newPlaceKey = areaId + "|" + placeKey;
						newPlace = newPlaces.get(newPlaceKey);
						if (newPlace == null) {
							newPlace = new NewCode(UUID.randomUUID(), placeName, areaId, areaLabel, line);
						}
						placeId = newPlace.placeholder();
					}
				}
			}
			if (problems.isEmpty()) {
				if (newArea != null && !newAreas.containsKey(areaKey)) {
					if (newAreas.size() + newPlaces.size() >= MAX_NEW_CODES) {
						problems.add(Problem.messageKey("import.error.tooManyNewCodes", MAX_NEW_CODES));
					}
					else {
						newAreas.put(areaKey, newArea);
					}
				}
				if (newPlace != null && newPlaceKey != null && !newPlaces.containsKey(newPlaceKey)) {
					if (newAreas.size() + newPlaces.size() >= MAX_NEW_CODES) {
						problems.add(Problem.messageKey("import.error.tooManyNewCodes", MAX_NEW_CODES));
					}
					else {
						newPlaces.put(newPlaceKey, newPlace);
					}
				}
			}
			return new Where(areaId, placeId);
		}

		/** The new places as the outcome reports them: with their area where the name is in several areas. */
		List<String> newPlaceNames() {
			return newPlaces.values().stream().map(place -> {
				var key = lower(place.label());
				boolean ambiguous = lookups.placesByName.containsKey(key)
						|| newPlaces.values().stream().filter(p -> lower(p.label()).equals(key)).count() > 1;
				return ambiguous ? place.named() : place.label();
			}).toList();
		}

		void forgetNewCodesNotIn(Set<UUID> inUse) {
			newAreas.values().removeIf(code -> !inUse.contains(code.placeholder()));
			newPlaces.values().removeIf(code -> !inUse.contains(code.placeholder()));
		}

		private void error(long line, List<Problem> problems) {
			errorCount++;
			if (errors.size() < MAX_REPORTED_ERRORS) {
				errors.add(new LineError(line, List.copyOf(problems)));
			}
		}

	}

	/** The bad lines of the file and of the checks in the database, the first ones in line order. */
	private static final class ErrorReport {

		final List<LineError> first = new ArrayList<>();

		long count;

		void add(LineError error) {
			count++;
			first.add(error);
			if (first.size() > 2 * MAX_REPORTED_ERRORS) {
				trim();
			}
		}

		List<LineError> sorted() {
			trim();
			return List.copyOf(first);
		}

		private void trim() {
			first.sort(Comparator.comparingLong(LineError::line));
			if (first.size() > MAX_REPORTED_ERRORS) {
				first.subList(MAX_REPORTED_ERRORS, first.size()).clear();
			}
		}

	}

	private static String lower(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	private static boolean isDigits(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
