package no.feltlogg.groups;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.DateFormats;

/** Dates as typed in forms: {@code dd.mm.åååå}, leading zeros optional. */
final class FormDates {

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private FormDates() {
	}

	static Optional<LocalDate> parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			var date = LocalDate.parse(text.trim(), INPUT);
			return date.getYear() < 2000 || date.getYear() > 2100 ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	static String format(@Nullable LocalDate date) {
		return date == null ? "" : DateFormats.DATE.format(date);
	}

}
