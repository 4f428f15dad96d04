package no.feltlogg.statistics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import no.feltlogg.shared.ReportingPeriod;

/**
 * The period as chosen on the page; defaults to last year in January, else this year.
 */
record PeriodForm(@Nullable String kind, @Nullable Integer year, @Nullable Integer number, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	PeriodForm withDefaults(LocalDate today) {
		int defaultYear = today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear();
		return new PeriodForm(kind == null || kind.isBlank() ? "year" : kind, year != null ? year : defaultYear, number,
				from, to);
	}

	ReportingPeriod period() {
		return Periods.of(kind, year, number, from, to);
	}

	/**
	 * Why the chosen period cannot be reported (a message key), or null if it can.
	 */
	@Nullable String periodError() {
		try {
			period();
			return null;
		}
		catch (Periods.TooLong tooLong) {
			return "report.period.tooLong";
		}
		catch (IllegalArgumentException | java.time.DateTimeException badPeriod) {
			return "report.period.invalid";
		}
	}

	/** The chosen period, or the year when what was typed does not make a period. */
	ReportingPeriod periodOrYear() {
		try {
			return period();
		}
		catch (IllegalArgumentException | java.time.DateTimeException badPeriod) {
			return ReportingPeriod.year(year == null || year < 1900 || year > 2100 ? 2000 : year);
		}
	}

	String query() {
		var uri = UriComponentsBuilder.newInstance().queryParam("kind", kind).queryParam("year", year);
		if (number != null) {
			uri.queryParam("number", number);
		}
		if (from != null) {
			uri.queryParam("from", from);
		}
		if (to != null) {
			uri.queryParam("to", to);
		}
		return uri.build().getQuery();
	}

}
