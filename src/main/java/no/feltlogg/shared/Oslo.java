package no.feltlogg.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Europe/Oslo is the time zone of everything that is counted per day, month or year.
 * Instants are stored in UTC; the day, month and year they belong to are always taken
 * here.
 */
public final class Oslo {

	public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

	private Oslo() {
	}

	public static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

	public static LocalDate date(Instant instant) {
		return local(instant).toLocalDate();
	}

	public static Instant instant(LocalDateTime local) {
		return local.atZone(ZONE).toInstant();
	}

	/** The first instant of a local date in Oslo. */
	public static Instant startOf(LocalDate date) {
		return date.atStartOfDay(ZONE).toInstant();
	}

}
