package no.feltlogg.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;

import no.feltlogg.shared.ReportingPeriod;

/**
 * What every section builder of the report reads (ADR 0045): the team, the period, the
 * periods shown beside it (earlier years first, the period itself last) with their column
 * labels, and the reader's language. The report page, its exports and the statistics API
 * each build their figures through one of these.
 */
record ReportContext(UUID team, ReportingPeriod period, List<ReportingPeriod> compared, List<String> columns,
		Locale locale, MessageSource messages) {

	ReportContext {
		compared = List.copyOf(compared);
		columns = List.copyOf(columns);
	}

	/**
	 * A context for the period alone, as the API reads it: no earlier years beside it.
	 */
	static ReportContext of(UUID team, ReportingPeriod period, Locale locale, MessageSource messages) {
		return new ReportContext(team, period, List.of(period), List.of(Periods.label(period, locale)), locale,
				messages);
	}

	/**
	 * A code for each compared period, beside its label: {@code 2025-01-01_2026-01-01}.
	 */
	List<String> columnCodes() {
		return compared.stream().map(Periods::key).toList();
	}

	Set<UUID> teams() {
		return Set.of(team);
	}

	/** A word or sentence from the messages, in the reader's language. */
	String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The months of the period, first to last. */
	List<YearMonth> months() {
		var months = new ArrayList<YearMonth>();
		for (var m = YearMonth.from(period.from()); m.atDay(1).isBefore(period.until()); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/**
	 * How many years before the period a compared period begins (0 for the period
	 * itself).
	 */
	int yearsBack(ReportingPeriod compared) {
		return period.from().getYear() - compared.from().getYear();
	}

	/**
	 * Whether a compared period is the report's own: the tables by service, group type,
	 * form, audience and gender show the period alone, so their figures are read for it
	 * only.
	 */
	boolean isPeriod(ReportingPeriod compared) {
		return period.equals(compared);
	}

}
