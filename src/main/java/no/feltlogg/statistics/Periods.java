package no.feltlogg.statistics;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.ReportingPeriod;

/** Reading a report period from the page's parameters, and naming it in words. */
final class Periods {

	/** The longest period a report covers. */
	static final int MAX_YEARS = 10;

	private Periods() {
	}

	/**
	 * {@code kind} is {@code year}, {@code quarter}, {@code month}, {@code schoolyear} or
	 * {@code custom}; {@code number} is the quarter (1-4) or month (1-12); a school year
	 * starts in August of {@code year}.
	 */
	static ReportingPeriod of(String kind, int year, @Nullable Integer number, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		var period = read(kind, year, number, from, to);
		if (period.until().isAfter(period.from().plusYears(MAX_YEARS))) {
			throw new TooLong();
		}
		if (!FormDates.inRange(period.from()) || !FormDates.inRange(period.lastDay())) {
			throw new IllegalArgumentException("A report period lies in the years 1900 to 2100");
		}
		return period;
	}

	/**
	 * A period longer than {@value #MAX_YEARS} years: the report compares each year with
	 * the ones before, and its page and PDF grow with the period (years 1 to 9999 made an
	 * 18 MB page and a PDF that kept a core busy for minutes), so a plain link must not
	 * ask for one. See ADR 0027.
	 */
	static final class TooLong extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		TooLong() {
			super("A report period is at most " + MAX_YEARS + " years");
		}

	}

	private static ReportingPeriod read(String kind, int year, @Nullable Integer number, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		return switch (kind) {
			case "quarter" -> {
				int quarter = number == null ? 1 : Math.max(1, Math.min(4, number));
				var start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
				yield new ReportingPeriod(start, start.plusMonths(3));
			}
			case "month" ->
				ReportingPeriod.month(YearMonth.of(year, number == null ? 1 : Math.max(1, Math.min(12, number))));
			case "schoolyear" -> ReportingPeriod.schoolYear(year);
			case "custom" -> {
				if (from == null || to == null || to.isBefore(from)) {
					throw new IllegalArgumentException("A custom period needs from and to, in order");
				}
				yield new ReportingPeriod(from, to.plusDays(1));
			}
			default -> ReportingPeriod.year(year);
		};
	}

	/** 2025; mars 2025; 1. kvartal 2025; 2024/25; 01.02.2025–15.03.2025. */
	static String label(ReportingPeriod period, Locale locale) {
		var from = period.from();
		if (period.isCalendarYear()) {
			return Integer.toString(from.getYear());
		}
		if (from.getDayOfMonth() == 1 && period.until().equals(from.plusMonths(1))) {
			return from.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + from.getYear();
		}
		if (from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
				&& period.until().equals(from.plusMonths(3))) {
			return "Q" + ((from.getMonthValue() - 1) / 3 + 1) + " " + from.getYear();
		}
		if (from.getMonth() == Month.AUGUST && from.getDayOfMonth() == 1 && period.until().equals(from.plusYears(1))) {
			return from.getYear() + "/" + String.format("%02d", (from.getYear() + 1) % 100);
		}
		return DateFormats.DATE.format(from) + "–" + DateFormats.DATE.format(period.lastDay());
	}

	/** A key that names the period in stored comments: {@code 2025-01-01_2026-01-01}. */
	static String key(ReportingPeriod period) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(period.from()) + "_"
				+ DateTimeFormatter.ISO_LOCAL_DATE.format(period.until());
	}

}
