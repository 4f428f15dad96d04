package no.feltlogg.youth;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;

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
			return Optional.of(LocalDate.parse(text.trim(), INPUT));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	static String today() {
		return format(LocalDate.now(Oslo.ZONE));
	}

	static String format(@Nullable LocalDate date) {
		return date == null ? "" : DateFormats.DATE.format(date);
	}

}
