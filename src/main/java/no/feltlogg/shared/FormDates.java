package no.feltlogg.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Dates as typed in forms: {@code dd.mm.åååå}, leading zeros optional, between the years
 * 1900 and 2100 (a five-digit year is a typing error, not a date anyone means). Shown
 * back in the same format.
 */
public final class FormDates {

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2100;

	private FormDates() {
	}

	/** The date typed, or empty if the text is blank or not a date. */
	public static Optional<LocalDate> parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			var date = LocalDate.parse(text.trim(), INPUT);
			return inRange(date) ? Optional.of(date) : Optional.empty();
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** Whether a date lies in the years a form or an import accepts, 1900 to 2100. */
	public static boolean inRange(LocalDate date) {
		return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
	}

	/** The date typed, or empty if it is not one or lies after today in Oslo. */
	public static Optional<LocalDate> pastOrToday(@Nullable String text) {
		return parse(text).filter(date -> !date.isAfter(LocalDate.now(Oslo.ZONE)));
	}

	/** Today in Oslo, as a form shows it. */
	public static String today() {
		return format(LocalDate.now(Oslo.ZONE));
	}

	public static String format(@Nullable LocalDate date) {
		return date == null ? "" : DateFormats.DATE.format(date);
	}

}
