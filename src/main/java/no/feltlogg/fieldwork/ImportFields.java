package no.feltlogg.fieldwork;

import static no.feltlogg.fieldwork.ImportCodes.key;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.feltlogg.fieldwork.ImportOutcome.Problem;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Oslo;

/**
 * The checks of an import line's fields that need no other field: the date and time, the
 * age, the count and the themes. Each adds what is wrong to the line's problems and
 * answers what it understood.
 */
final class ImportFields {

	/** The time of day of a line whose {@code time} is empty. */
	static final LocalTime DEFAULT_TIME = LocalTime.NOON;

	static final int MAX_COUNT = 999;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");

	private final ImportCodes codes;

	private final Instant latest;

	/** {@code latest}: the latest time a line may have; a later one is in the future. */
	ImportFields(ImportCodes codes, Instant latest) {
		this.codes = codes;
		this.latest = latest;
	}

	/**
	 * The date ({@code yyyy-MM-dd}) and time ({@code H:mm}, noon if empty) in Oslo, not
	 * after {@code latest}.
	 */
	@Nullable Instant occurredAt(String dateText, String timeText, List<Problem> problems) {
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

	/** The age band of an age in whole years, or of a band's code or label. */
	@Nullable String ageBand(String text, List<Problem> problems) {
		if (text.isEmpty()) {
			problems.add(Problem.messageKey("import.error.ageMissing"));
			return null;
		}
		String band;
		if (isDigits(text) && text.length() <= 3) {
			band = codes.bandOfAge(Integer.parseInt(text));
			if (band == null) {
				problems.add(Problem.messageKey("import.error.ageOutside", text));
			}
		}
		else {
			band = codes.band(key(text));
			if (band == null) {
				problems.add(Problem.messageKey("import.error.age", text));
			}
		}
		return band;
	}

	/** How many, 1 to {@value #MAX_COUNT}. */
	int count(String text, List<Problem> problems) {
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

	/** The theme codes separated by {@code ;}, each once; empty parts are left out. */
	List<String> themes(String text, List<Problem> problems) {
		if (text.isEmpty()) {
			return List.of();
		}
		var themes = new ArrayList<String>(4);
		for (var part : text.split(";")) {
			var code = key(part);
			if (code.isEmpty() || themes.contains(code)) {
				continue;
			}
			if (!codes.isTheme(code)) {
				problems.add(Problem.messageKey("import.error.theme", part.trim()));
			}
			themes.add(code);
		}
		return themes;
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
