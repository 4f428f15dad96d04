package no.feltlogg.journal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;

/** Dates as typed in forms: {@code dd.mm.åååå}, leading zeros optional, never in the future. */
final class FormDates {

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private FormDates() {
	}

	static Optional<LocalDate> pastOrToday(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			var date = LocalDate.parse(text.trim(), INPUT);
			return date.isAfter(LocalDate.now(Oslo.ZONE)) ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	static String today() {
		return DateFormats.DATE.format(LocalDate.now(Oslo.ZONE));
	}

}
