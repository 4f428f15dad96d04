package no.feltlogg.statistics;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Suppression;

/**
 * The "what changed" sentences of the SLT trends: the last month against the month before
 * and the same month last year, with the caveat when the base changed between them, and
 * the area and theme that grew most (ADR 0043).
 */
@Component
class TrendChanges {

	private final FieldworkCounts fieldwork;

	private final MessageSource messages;

	TrendChanges(FieldworkCounts fieldwork, MessageSource messages) {
		this.fieldwork = fieldwork;
		this.messages = messages;
	}

	/**
	 * A few sentences for the weekly interdisciplinary meeting: the last month against
	 * the month before and the same month last year, and the areas and themes that grew
	 * most. Figures below the threshold are never given.
	 */
	List<String> sentences(List<UUID> teamIds, YearMonth month, Map<String, String> areaNames,
			Map<String, String> themeNames, MonthBins arenaBins, Locale locale) {
		var sentences = new ArrayList<String>();
		var current = ReportingPeriod.month(month);
		long now = fieldwork.totals(teamIds, current).encounters();
		long previous = fieldwork.totals(teamIds, ReportingPeriod.month(month.minusMonths(1))).encounters();
		long lastYear = fieldwork.totals(teamIds, ReportingPeriod.month(month.minusYears(1))).encounters();
		var monthName = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
		sentences.add(messages
			.getMessage("trends.change.total", new Object[] { monthName, figure(now, arenaBins.totalShown(month)),
					change(now, previous, arenaBins.totalShown(month) && arenaBins.totalShown(month.minusMonths(1))),
					change(now, lastYear, arenaBins.totalShown(month) && arenaBins.totalShown(month.minusYears(1))) },
					locale));
		// the change is read with its base: imported history in one month and not the
		// other, or another number of
		// teams counting, changes the figure without anything changing in the field (ADR
		// 0043)
		var bases = new HashMap<YearMonth, FieldworkCounts.MonthBase>();
		for (var m : List.of(month.minusYears(1), month.minusMonths(1), month)) {
			fieldwork.monthBase(teamIds, ReportingPeriod.month(m)).forEach(b -> bases.put(b.month(), b));
		}
		for (var other : List.of(month.minusMonths(1), month.minusYears(1))) {
			caveat(month, other, bases, locale).ifPresent(sentences::add);
		}
		grew(fieldwork.byArea(teamIds, current), fieldwork.byArea(teamIds, ReportingPeriod.month(month.minusMonths(1))),
				areaNames)
			.ifPresent(area -> sentences.add(messages.getMessage("trends.change.area", new Object[] { area }, locale)));
		grew(fieldwork.byTheme(teamIds, current),
				fieldwork.byTheme(teamIds, ReportingPeriod.month(month.minusMonths(1))), themeNames)
			.ifPresent(
					theme -> sentences.add(messages.getMessage("trends.change.theme", new Object[] { theme }, locale)));
		return sentences;
	}

	/** The caveat for a change between two months whose bases differ, if they do. */
	private Optional<String> caveat(YearMonth month, YearMonth other, Map<YearMonth, FieldworkCounts.MonthBase> bases,
			Locale locale) {
		var a = bases.get(month);
		var b = bases.get(other);
		long teamsNow = a == null ? 0 : a.teams();
		long teamsThen = b == null ? 0 : b.teams();
		boolean importedNow = a != null && a.imported();
		boolean importedThen = b != null && b.imported();
		var parts = new ArrayList<String>();
		if (importedNow != importedThen) {
			parts.add(messages.getMessage("trends.change.caveat.imported",
					new Object[] { Trends.monthLabel(importedNow ? month : other, locale),
							Trends.monthLabel(importedNow ? other : month, locale) },
					locale));
		}
		if (teamsNow == 0 || teamsThen == 0) {
			// a month without any encounter gives no change ("–"), so there is nothing to
			// qualify
			return Optional.empty();
		}
		if (teamsNow != teamsThen) {
			parts.add(messages.getMessage("trends.change.caveat.teams", new Object[] { teamsNow,
					Trends.monthLabel(month, locale), teamsThen, Trends.monthLabel(other, locale) }, locale));
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(messages.getMessage("trends.change.caveat",
				new Object[] { Trends.monthLabel(other, locale), String.join(" ", parts) }, locale));
	}

	private static Optional<String> grew(List<FieldworkCounts.Count> now, List<FieldworkCounts.Count> before,
			Map<String, String> names) {
		var current = new HashMap<String, Long>();
		var previous = new HashMap<String, Long>();
		sum(now).forEach((k, v) -> current.merge(names.getOrDefault(k, k), v, Long::sum));
		sum(before).forEach((k, v) -> previous.merge(names.getOrDefault(k, k), v, Long::sum));
		return current.entrySet()
			.stream()
			.filter(e -> e.getValue() >= Suppression.THRESHOLD)
			.filter(e -> e.getValue() - previous.getOrDefault(e.getKey(), 0L) >= Suppression.THRESHOLD)
			.max(java.util.Comparator.comparingLong(e -> e.getValue() - previous.getOrDefault(e.getKey(), 0L)))
			.map(Map.Entry::getKey);
	}

	/**
	 * A month's total as its own month shows it: "<5" when small, "×" when hidden beside
	 * a small one.
	 */
	private static String figure(long value, boolean shown) {
		return value > 0 && value < Suppression.THRESHOLD ? "<5" : shown ? Long.toString(value) : "×";
	}

	private static String change(long now, long before, boolean shown) {
		if (!shown || before < Suppression.THRESHOLD || now < Suppression.THRESHOLD) {
			return "–";
		}
		long percent = Math.round(100.0 * (now - before) / before);
		return (percent > 0 ? "+" : "") + percent + " %";
	}

	private static Map<String, Long> sum(List<FieldworkCounts.Count> counts) {
		var sums = new HashMap<String, Long>();
		counts.forEach(c -> sums.merge(c.key(), c.count(), Long::sum));
		return sums;
	}

}
