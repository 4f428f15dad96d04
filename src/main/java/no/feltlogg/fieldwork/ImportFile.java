package no.feltlogg.fieldwork;

import static no.feltlogg.fieldwork.ImportCodes.key;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import no.feltlogg.fieldwork.ImportOutcome.Problem;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Oslo;

/**
 * Reads an import file (see {@code docs/import.md}) a line at a time: checks each line
 * against the team's codes and hands the good ones on as {@link ImportLine}s, while the
 * bad ones are kept as {@link #errors()} and the new areas and places as
 * {@link #places()}. Knows nothing of the database; memory stays flat whatever the size
 * of the file.
 */
final class ImportFile {

	static final List<String> COLUMNS = List.of("date", "time", "arena", "area", "place", "gender", "age", "count",
			"themes", "source_id");

	/**
	 * A longer record is a broken file (an unterminated quote), and reading on would fill
	 * the memory.
	 */
	static final int MAX_RECORD_CHARS = 10_000;

	static final int MAX_SOURCE_ID = 120;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();

	private final ImportCodes codes;

	private final ImportFields fields;

	private final ImportPlaces places;

	private final ImportErrors errors = new ImportErrors();

	private int[] column = new int[0];

	private int columns;

	private long accepted;

	/** {@code latest}: the latest time a line may have; a later one is in the future. */
	ImportFile(ImportCodes codes, Instant latest) {
		this.codes = codes;
		this.fields = new ImportFields(codes, latest);
		this.places = new ImportPlaces(codes);
	}

	/**
	 * Reads and checks the whole file, handing each good line to {@code good} in file
	 * order.
	 */
	void read(InputStream csv, Consumer<ImportLine> good) throws IOException {
		var reader = new RecordLengthGuard(new BufferedReader(new StrictUtf8Reader(csv), 1 << 16), MAX_RECORD_CHARS);
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
					check(record, good);
				}
			}
			catch (UncheckedIOException ex) {
				if (ex.getCause() instanceof StrictUtf8Reader.NotUtf8 notUtf8) {
					errors.add(notUtf8.line(), List.of(Problem.messageKey("import.error.encoding")));
				}
				else if (ex.getCause() instanceof RecordLengthGuard.RecordTooLong) {
					errors.add(line + 1, List.of(Problem.messageKey("import.error.tooLong", MAX_RECORD_CHARS)));
				}
				else if (ex.getCause() instanceof CSVException) {
					errors.add(line + 1, List.of(Problem.messageKey("import.error.malformed")));
				}
				else {
					throw ex;
				}
			}
		}
	}

	/** The bad lines found so far. */
	ImportErrors errors() {
		return errors;
	}

	/** The areas and places the good lines name that the team does not have yet. */
	ImportPlaces places() {
		return places;
	}

	/** How many good lines were handed on. */
	long accepted() {
		return accepted;
	}

	private boolean header(CSVRecord header) {
		var names = new ArrayList<String>();
		header.forEach(name -> names.add(key(name.replace("\uFEFF", ""))));
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
			errors.add(1, List
				.of(Problem.messageKey("import.error.header", String.join(", ", missing), String.join(",", COLUMNS))));
			return false;
		}
		return true;
	}

	private String value(CSVRecord record, int index) {
		int at = column[index];
		return at < record.size() ? record.get(at) : "";
	}

	private void check(CSVRecord record, Consumer<ImportLine> good) {
		long line = record.getRecordNumber();
		var problems = new ArrayList<Problem>();
		if (record.size() != columns) {
			problems.add(Problem.messageKey("import.error.columns", record.size(), columns));
			errors.add(line, problems);
			return;
		}
		for (int column = 0; column < COLUMNS.size(); column++) {
			if (value(record, column).chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
				// a NUL or another control character: nothing an export should hold, and
				// PostgreSQL cannot store a NUL
				problems.add(Problem.messageKey("import.error.controlCharacter", COLUMNS.get(column)));
			}
		}
		if (!problems.isEmpty()) {
			errors.add(line, problems);
			return;
		}
		var occurred = fields.occurredAt(value(record, 0), value(record, 1), problems);
		var arena = key(value(record, 2));
		if (arena.isEmpty()) {
			problems.add(Problem.messageKey("import.error.arenaMissing"));
		}
		else if (!codes.isArena(arena)) {
			problems.add(Problem.messageKey("import.error.arena", value(record, 2)));
		}
		var gender = Gender.parse(value(record, 5));
		if (gender.isEmpty()) {
			problems.add(Problem.messageKey("import.error.gender", value(record, 5)));
		}
		var band = fields.ageBand(value(record, 6), problems);
		int count = fields.count(value(record, 7), problems);
		var themes = fields.themes(value(record, 8), problems);
		var sourceId = value(record, 9);
		if (sourceId.isEmpty()) {
			problems.add(Problem.messageKey("import.error.sourceIdMissing"));
		}
		else if (sourceId.length() > MAX_SOURCE_ID) {
			problems.add(Problem.messageKey("import.error.sourceIdTooLong", MAX_SOURCE_ID));
		}
		var where = places.where(value(record, 3), value(record, 4), line, problems);
		if (!problems.isEmpty() || occurred == null || gender.isEmpty() || band == null) {
			errors.add(line, problems);
			return;
		}
		var local = Oslo.local(occurred);
		accepted++;
		good.accept(new ImportLine(line, occurred.getEpochSecond(), local.toLocalDate(), local.getHour(), arena,
				where.areaId(), where.placeId(), themes, gender.get(), band, count, sourceId));
	}

}
