package no.feltlogg.statistics;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Suppression;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.referrals.ReferralCounts;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthCounts;

/**
 * The SLT coordinator's view: the municipality's teams together, month by month, by area, arena and theme, field
 * observations by area and kind, and what changed. Every table leaves here suppressed, and nothing names a youth:
 * the queries only ever return counts.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('SLT')")
class Trends {

	private final FieldworkCounts fieldwork;

	private final YouthCounts youths;

	private final ReferralCounts referrals;

	private final Catalog catalog;

	private final Teams teams;

	private final MessageSource messages;

	Trends(FieldworkCounts fieldwork, YouthCounts youths, ReferralCounts referrals, Catalog catalog, Teams teams,
			MessageSource messages) {
		this.fieldwork = fieldwork;
		this.referrals = referrals;
		this.youths = youths;
		this.catalog = catalog;
		this.teams = teams;
		this.messages = messages;
	}

	/** The trends of a run of months, with the change against the same months a year earlier. */
	public record View(YearMonth from, YearMonth to, List<Table> tables, List<String> changes) {
	}

	public View view(CurrentUser slt, YearMonth from, YearMonth to, Locale locale) {
		var teamIds = teams.teamsOf(slt.municipalityId()).stream().map(TeamInfo::id).toList();
		var period = new ReportingPeriod(from.atDay(1), to.plusMonths(1).atDay(1));
		var months = new LinkedHashMap<String, String>();
		for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.put(m.toString(), m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + m.getYear());
		}
		var tables = new ArrayList<Table>();
		if (teamIds.isEmpty()) {
			return new View(from, to, tables, List.of());
		}
		// area and place codes are each team's own; the municipality's areas are matched by name
		var areaNames = new HashMap<String, String>();
		var arenaNames = new LinkedHashMap<String, String>();
		var themeNames = new LinkedHashMap<String, String>();
		for (var team : teamIds) {
			catalog.all(team, CodeKind.AREA).forEach(a -> areaNames.put(a.id().toString(), a.label()));
			catalog.all(team, CodeKind.ARENA).forEach(a -> arenaNames.putIfAbsent(a.code(), a.label()));
			catalog.all(team, CodeKind.THEME).forEach(t -> themeNames.putIfAbsent(t.code(), t.label()));
		}
		tables.add(monthly("trendArena", text("trends.table.arena", locale), months,
				fieldwork.monthlyByArena(teamIds, period), arenaNames, locale));
		tables.add(monthly("trendArea", text("trends.table.area", locale), months,
				fieldwork.monthlyByArea(teamIds, period), areaNames, locale));
		tables.add(monthly("trendTheme", text("trends.table.theme", locale), months,
				fieldwork.monthlyByTheme(teamIds, period), themeNames, locale));

		// observations: areas × kinds over the whole run
		var observations = fieldwork.observationsByAreaAndKind(teamIds, period);
		var kinds = new LinkedHashMap<String, Map<String, Long>>();
		var areas = new LinkedHashMap<String, String>();
		for (var o : observations) {
			var key = o.key().split("\\|", 2);
			var area = areaNames.getOrDefault(key[0], "?");
			areas.put(area, area);
			kinds.computeIfAbsent(key[1], k -> new HashMap<>()).merge(area, o.count(), Long::sum);
		}
		var kindColumns = new ArrayList<String>(kinds.keySet());
		tables.add(Table.of("trendObservations", text("trends.table.observations", locale),
				text("report.heading.area", locale), sorted(areas),
				kindColumns.stream().map(k -> text("observation.kind." + k, locale)).toList(),
				kindColumns.stream().map(kinds::get).toList(), Unit.OCCURRENCES, Chart.BAR).published());

		// priority levels in aggregate: youths per level at the end of each month, counted in distinct youths
		var levels = List.of(PriorityLevel.RED, PriorityLevel.YELLOW, PriorityLevel.GREEN);
		var levelCounts = youths.youthsPerLevelByMonth(teamIds, period);
		tables.add(Table.of("trendPriority", text("trends.table.priority", locale), text("report.heading.month", locale),
				months, levels.stream().map(l -> text("youth.priority." + l, locale)).toList(),
				levels.stream()
					.map(l -> levelCounts.stream()
						.filter(c -> c.level() == l)
						.collect(java.util.stream.Collectors.toMap(c -> c.month().toString(), YouthCounts.LevelCount::youths,
								Long::sum)))
					.toList(), Unit.YOUTHS, Chart.LINE).published());

		// referrals by kind of service, counted in referrals and in distinct youths
		var serviceKinds = referrals.byServiceKind(teamIds, period);
		var kindRows = new LinkedHashMap<String, String>();
		serviceKinds.forEach(k -> kindRows.put(k.kind().name(), text("serviceKind." + k.kind(), locale)));
		tables.add(Table.of("trendReferrals", text("trends.table.referrals", locale),
				text("report.heading.serviceKind", locale), kindRows,
				List.of(text("report.column.referrals", locale), text("report.column.uniqueYouths", locale)),
				List.of(serviceKinds.stream()
					.collect(java.util.stream.Collectors.toMap(k -> k.kind().name(), ReferralCounts.KindCount::referrals,
							Long::sum)),
						serviceKinds.stream()
							.collect(java.util.stream.Collectors.toMap(k -> k.kind().name(), ReferralCounts.KindCount::youths,
									Long::sum))),
				Unit.YOUTHS, Chart.BAR).published());

		// year on year, by arena
		var lastYear = new ReportingPeriod(period.from().minusYears(1), period.until().minusYears(1));
		var before = sum(fieldwork.byArena(teamIds, lastYear));
		var now = sum(fieldwork.byArena(teamIds, period));
		var used = new LinkedHashMap<String, String>();
		arenaNames.forEach((k, v) -> {
			if (before.containsKey(k) || now.containsKey(k)) {
				used.put(k, v);
			}
		});
		tables.add(Table.of("trendYearOnYear", text("trends.table.yearOnYear", locale), text("report.heading.arena", locale),
				used, List.of(Periods.label(lastYear, locale), Periods.label(period, locale)), List.of(before, now),
				Unit.ENCOUNTERS, Chart.BAR).published());

		return new View(from, to, tables, changes(teamIds, to, areaNames, themeNames, locale));
	}

	/**
	 * A few sentences for the weekly interdisciplinary meeting: the last month against the month before and the same
	 * month last year, and the areas and themes that grew most. Figures below the threshold are never given.
	 */
	private List<String> changes(List<UUID> teamIds, YearMonth month, Map<String, String> areaNames,
			Map<String, String> themeNames, Locale locale) {
		var sentences = new ArrayList<String>();
		var current = ReportingPeriod.month(month);
		long now = fieldwork.totals(teamIds, current).encounters();
		long previous = fieldwork.totals(teamIds, ReportingPeriod.month(month.minusMonths(1))).encounters();
		long lastYear = fieldwork.totals(teamIds, ReportingPeriod.month(month.minusYears(1))).encounters();
		var monthName = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
		sentences.add(messages.getMessage("trends.change.total",
				new Object[] { monthName, figure(now), change(now, previous), change(now, lastYear) }, locale));
		grew(fieldwork.byArea(teamIds, current), fieldwork.byArea(teamIds, ReportingPeriod.month(month.minusMonths(1))),
				areaNames).ifPresent(area -> sentences.add(messages.getMessage("trends.change.area",
						new Object[] { area }, locale)));
		grew(fieldwork.byTheme(teamIds, current),
				fieldwork.byTheme(teamIds, ReportingPeriod.month(month.minusMonths(1))), themeNames)
			.ifPresent(theme -> sentences.add(messages.getMessage("trends.change.theme", new Object[] { theme }, locale)));
		return sentences;
	}

	private static java.util.Optional<String> grew(List<FieldworkCounts.Count> now, List<FieldworkCounts.Count> before,
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

	private static String figure(long value) {
		return value > 0 && value < Suppression.THRESHOLD ? "<5" : Long.toString(value);
	}

	private static String change(long now, long before) {
		if (before < Suppression.THRESHOLD || now < Suppression.THRESHOLD) {
			return "–";
		}
		long percent = Math.round(100.0 * (now - before) / before);
		return (percent > 0 ? "+" : "") + percent + " %";
	}

	private Table monthly(String id, String title, Map<String, String> months, List<FieldworkCounts.MonthCount> counts,
			Map<String, String> names, Locale locale) {
		// columns: the keys' names (areas of several teams with one name become one column)
		var byName = new LinkedHashMap<String, Map<String, Long>>();
		for (var c : counts) {
			byName.computeIfAbsent(names.getOrDefault(c.key(), c.key()), k -> new HashMap<>())
				.merge(c.month().toString(), c.count(), Long::sum);
		}
		var columns = new ArrayList<>(byName.keySet());
		columns.sort(String::compareTo);
		return Table.of(id, title, text("report.heading.month", locale), months, columns,
				columns.stream().map(byName::get).toList(), Unit.ENCOUNTERS, Chart.LINE).published();
	}

	private static Map<String, Long> sum(List<FieldworkCounts.Count> counts) {
		var sums = new HashMap<String, Long>();
		counts.forEach(c -> sums.merge(c.key(), c.count(), Long::sum));
		return sums;
	}

	private static Map<String, String> sorted(Map<String, String> map) {
		var sorted = new java.util.TreeMap<String, String>(map);
		return new LinkedHashMap<>(sorted);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
