package no.feltlogg.web;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;

import no.feltlogg.shared.DateFormats;

/**
 * The one way a form's dates and times are read and shown (ADR 0041): a date is typed as
 * {@code dd.mm.åååå} (leading zeros optional) and shown so; an ISO date
 * ({@code 2026-12-05}) is read too, for links and bookmarks. A time is {@code tt:mm} or
 * {@code tt.mm}. What is not one is a binding error, answered at the field from the
 * {@code typeMismatch.java.time.*} messages; the years a form accepts are
 * {@code @FormYear}'s to say.
 */
final class FormValues {

	private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private FormValues() {
	}

	static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Dates());
		registry.addFormatterForFieldType(LocalTime.class, new Times());
	}

	static final class Dates implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			var trimmed = text.trim();
			try {
				return trimmed.contains("-") ? LocalDate.parse(trimmed) : LocalDate.parse(trimmed, TYPED_DATE);
			}
			catch (DateTimeException ex) {
				throw new ParseException(trimmed, 0);
			}
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return DateFormats.DATE.format(date);
		}

	}

	static final class Times implements Formatter<LocalTime> {

		@Override
		public LocalTime parse(String text, Locale locale) throws ParseException {
			try {
				return LocalTime.parse(text.trim().replace('.', ':'), TYPED_TIME);
			}
			catch (DateTimeException ex) {
				throw new ParseException(text, 0);
			}
		}

		@Override
		public String print(LocalTime time, Locale locale) {
			return DateFormats.TIME.format(time);
		}

	}

}
