package no.feltlogg.youth;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A birth date, or only the year when that is all that is known. */
public record Birth(@Nullable LocalDate date, int year) {

	private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	public Birth {
		if (date != null && date.getYear() != year) {
			throw new IllegalArgumentException("Birth date " + date + " is not in " + year);
		}
		if (year < 1980 || year > 2100) {
			throw new IllegalArgumentException("Birth year out of range: " + year);
		}
	}

	public static Birth of(LocalDate date) {
		return new Birth(date, date.getYear());
	}

	public static Birth year(int year) {
		return new Birth(null, year);
	}

	/**
	 * Reads {@code 05.03.2010}, {@code 5.3.2010} or {@code 2010}; empty for anything else
	 * or a date in the future.
	 */
	public static Optional<Birth> parse(@Nullable String text, LocalDate today) {
		if (text == null) {
			return Optional.empty();
		}
		var value = text.trim();
		try {
			if (YEAR.matcher(value).matches()) {
				int year = Integer.parseInt(value);
				return year >= 1980 && year <= today.getYear() ? Optional.of(year(year)) : Optional.empty();
			}
			var date = LocalDate.parse(value, NORWEGIAN);
			return date.getYear() >= 1980 && !date.isAfter(today) ? Optional.of(of(date)) : Optional.empty();
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** As typed in the form: {@code 05.03.2010} or {@code 2010}. */
	public String text() {
		return date != null ? no.feltlogg.shared.DateFormats.DATE.format(date) : String.valueOf(year);
	}

}
