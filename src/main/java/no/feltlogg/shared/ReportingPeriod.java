package no.feltlogg.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period that is counted: from a first Oslo-local day up to, not including, an end day.
 * Count queries take {@link #start()} and {@link #end()} as instants, so that "2025"
 * means 1 January 00:00 to 1 January 00:00 in Oslo.
 */
public record ReportingPeriod(LocalDate from, LocalDate until) {

	public ReportingPeriod {
		if (!from.isBefore(until)) {
			throw new IllegalArgumentException("A period must end after it starts: " + from + " – " + until);
		}
	}

	public static ReportingPeriod year(int year) {
		return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	public static ReportingPeriod month(YearMonth month) {
		return new ReportingPeriod(month.atDay(1), month.plusMonths(1).atDay(1));
	}

	/** A school year, 1 August to 31 July. */
	public static ReportingPeriod schoolYear(int startYear) {
		return new ReportingPeriod(LocalDate.of(startYear, 8, 1), LocalDate.of(startYear + 1, 8, 1));
	}

	/** The same days so many years earlier (29 February becomes 28 February). */
	public ReportingPeriod minusYears(int years) {
		return new ReportingPeriod(from.minusYears(years), until.minusYears(years));
	}

	public boolean isCalendarYear() {
		return from.getDayOfYear() == 1 && until.equals(from.plusYears(1));
	}

	public Instant start() {
		return Oslo.startOf(from);
	}

	public Instant end() {
		return Oslo.startOf(until);
	}

	/** The last day that belongs to the period. */
	public LocalDate lastDay() {
		return until.minusDays(1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && day.isBefore(until);
	}

}
