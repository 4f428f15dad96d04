package no.feltlogg.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Norwegian date and time formats for templates: {@code ${@fmt.date(x)}} gives
 * dd.MM.yyyy, {@code ${@fmt.time(x)}} 24-hour HH:mm, and instants are shown in
 * Europe/Oslo.
 */
@Component("fmt")
public class DateFormats {

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	public String date(@Nullable TemporalAccessor value) {
		return format(value, DATE);
	}

	public String time(@Nullable TemporalAccessor value) {
		return format(value, TIME);
	}

	public String dateTime(@Nullable TemporalAccessor value) {
		return format(value, DATE_TIME);
	}

	private static String format(@Nullable TemporalAccessor value, DateTimeFormatter formatter) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return formatter.format(Oslo.local(instant));
		}
		if (value instanceof LocalDate date && formatter != DATE) {
			return DATE.format(date);
		}
		if (value instanceof LocalTime || value instanceof LocalDateTime || value instanceof LocalDate) {
			return formatter.format(value);
		}
		return formatter.format(value);
	}

}
