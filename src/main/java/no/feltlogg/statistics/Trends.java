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
import no.feltlogg.catalog.ServiceKind;
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

	private static final String REFERRALS = "referrals";

	private static final String YOUTHS = "youths";

	private final FieldworkCounts fieldwork;

	private final YouthCounts youths;

	private final ReferralCounts referrals;

	private final Catalog catalog;

	private final Teams teams;

	private final MessageSource messages;

	private final InformationSections information;

	Trends(FieldworkCounts fieldwork, YouthCounts youths, ReferralCounts referrals, Catalog catalog, Teams teams,
			MessageSource messages, InformationSections information) {
		this.information = information;
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
		var teamIds = teamsOf(slt);
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
		// every table is built from months suppressed on their own (ADR 0028); the arena counts reach a year back for
		// the year-on-year table and the sentences
		var monthList = new ArrayList<>(monthsOf(from, to));
		var lastYear = new ReportingPeriod(period.from().minusYears(1), period.until().minusYears(1));
		var lastYearMonths = monthsOf(from.minusYears(1), to.minusYears(1));
		var arenaCounts = byMonth(fieldwork.monthlyByArena(teamIds,
				new ReportingPeriod(lastYear.from(), period.until())), arenaNames);
		var arenaKeys = new java.util.TreeSet<>(arenaNames.values());
		var arenaBins = MonthBins.ofLists(arenaCounts, arenaKeys);
		var monthLabels = new LinkedHashMap<YearMonth, String>();
		months.forEach((k, v) -> monthLabels.put(YearMonth.parse(k), v));
		var monthHeading = text("report.heading.month", locale);
		tables.add(TrendTables.monthly("trendArena", text("trends.table.arena", locale), monthHeading, monthLabels,
				arenaCounts, arenaKeys, arenaBins));
		var areaCounts = byMonth(fieldwork.monthlyByArea(teamIds, period), areaNames);
		var areaKeys = new java.util.TreeSet<>(areaNames.values());
		tables.add(TrendTables.monthly("trendArea", text("trends.table.area", locale), monthHeading, monthLabels,
				areaCounts, areaKeys, MonthBins.ofLists(areaCounts, areaKeys)));
		var themeCounts = byMonth(fieldwork.monthlyByTheme(teamIds, period), themeNames);
		var themeKeys = new java.util.TreeSet<>(themeNames.values());
		tables.add(TrendTables.monthly("trendTheme", text("trends.table.theme", locale), monthHeading, monthLabels,
				themeCounts, themeKeys, MonthBins.ofLists(themeCounts, themeKeys)));

		// observations: areas × kinds over the whole run
		var observations = new HashMap<YearMonth, Map<String, Map<String, Long>>>();
		for (var o : fieldwork.observationsByAreaAndKind(teamIds, period)) {
			var key = o.key().split("\\|", 2);
			observations.computeIfAbsent(o.month(), m -> new HashMap<>())
				.computeIfAbsent(areaNames.getOrDefault(key[0], "?"), a -> new HashMap<>())
				.merge(key[1], o.count(), Long::sum);
		}
		var observationAreas = new java.util.TreeSet<>(areaNames.values());
		observations.values().forEach(t -> observationAreas.addAll(t.keySet()));
		var kinds = new java.util.TreeSet<>(FieldworkCounts.OBSERVATION_KINDS);
		observations.values().forEach(t -> t.values().forEach(line -> kinds.addAll(line.keySet())));
		tables.add(TrendTables.summedCounts("trendObservations", text("trends.table.observations", locale),
				text("report.heading.area", locale), monthList, new ArrayList<>(observationAreas), a -> a,
				new ArrayList<>(kinds), k -> text("observation.kind." + k, locale), observations,
				new MonthBins(observations, observationAreas, kinds), Unit.OCCURRENCES, Chart.BAR));

		// priority levels in aggregate: youths per level at the end of each month, counted in distinct youths
		var levels = List.of(PriorityLevel.RED, PriorityLevel.YELLOW, PriorityLevel.GREEN);
		var levelCounts = new HashMap<YearMonth, Map<String, Long>>();
		youths.youthsPerLevelByMonth(teamIds, period)
			.forEach(c -> levelCounts.computeIfAbsent(c.month(), m -> new HashMap<>())
				.merge(c.level().name(), c.youths(), Long::sum));
		var levelKeys = levels.stream().map(Enum::name).toList();
		tables.add(TrendTables.byMonth("trendPriority", text("trends.table.priority", locale), monthHeading,
				monthLabels, levelKeys, l -> text("youth.priority." + l, locale), levelCounts,
				MonthBins.ofLists(levelCounts, levelKeys), false, Unit.YOUTHS, Chart.LINE));

		// referrals by kind of service, counted in referrals and in distinct youths; a month's distinct youths are
		// suppressed in that month, and the run's are shown only where every month's are
		var referralMonths = new HashMap<YearMonth, Map<String, Map<String, Long>>>();
		for (var k : referrals.byServiceKindAndMonth(teamIds, period)) {
			var line = referralMonths.computeIfAbsent(k.month(), m -> new HashMap<>())
				.computeIfAbsent(k.kind().name(), kind -> new HashMap<>());
			line.merge(REFERRALS, k.referrals(), Long::sum);
			line.merge(YOUTHS, k.youths(), Long::sum);
		}
		var serviceKinds = referrals.byServiceKind(teamIds, period);
		var kindKeys = java.util.Arrays.stream(ServiceKind.values()).map(Enum::name).toList();
		var referralValues = new long[kindKeys.size()][2];
		for (var k : serviceKinds) {
			referralValues[kindKeys.indexOf(k.kind().name())][0] = k.referrals();
			referralValues[kindKeys.indexOf(k.kind().name())][1] = k.youths();
		}
		var referralColumns = List.of(REFERRALS, YOUTHS);
		tables.add(TrendTables.summed("trendReferrals", text("trends.table.referrals", locale),
				text("report.heading.serviceKind", locale), monthList, kindKeys, k -> text("serviceKind." + k, locale),
				referralColumns, c -> text(c.equals(REFERRALS) ? "report.column.referrals" : "report.column.uniqueYouths",
						locale),
				referralValues, new MonthBins(referralMonths, kindKeys, referralColumns), Unit.YOUTHS, Chart.BAR));

		// information work: events and people reached month by month (ADR 0036)
		tables.add(information.trend(teamIds, period, monthLabels, monthHeading, locale));

		// year on year, by arena
		tables.add(TrendTables.keysOverRuns("trendYearOnYear", text("trends.table.yearOnYear", locale),
				text("report.heading.arena", locale), new ArrayList<>(arenaKeys), a -> a,
				List.of(Periods.label(lastYear, locale), Periods.label(period, locale)),
				List.of(lastYearMonths, monthList), arenaCounts, arenaBins, Unit.ENCOUNTERS, Chart.BAR));

		return new View(from, to, tables, changes(teamIds, to, areaNames, themeNames, arenaBins, locale));
	}

	/**
	 * The teams a view counts: the municipality's, or the one team of an API token scoped to a team (ADR 0035). SLT
	 * coordinators' accounts have no team.
	 */
	private List<UUID> teamsOf(CurrentUser slt) {
		var team = slt.teamId();
		return team != null ? List.of(team) : teams.teamsOf(slt.municipalityId()).stream().map(TeamInfo::id).toList();
	}

	/**
	 * The trends narrowed to one SLT area (the names of the teams' areas it groups): encounters by area month by month
	 * and field observations by area and kind. Every cell is suppressed in the whole municipality's monthly bins, as
	 * the whole view shows it, and a total over the area's lines alone is shown only where every cell it adds up is
	 * shown (ADR 0028, 0035): the narrowed view gives nothing the whole view hides. Tables that are not counted by area
	 * (arena, theme, priority levels, referrals) are not narrowed and so not shown.
	 */
	public View narrowed(CurrentUser slt, YearMonth from, YearMonth to, Locale locale,
			java.util.Collection<String> areas) {
		var teamIds = teamsOf(slt);
		var tables = new ArrayList<Table>();
		if (teamIds.isEmpty()) {
			return new View(from, to, tables, List.of());
		}
		var wanted = new java.util.TreeSet<>(areas);
		var period = new ReportingPeriod(from.atDay(1), to.plusMonths(1).atDay(1));
		var areaNames = new HashMap<String, String>();
		for (var team : teamIds) {
			catalog.all(team, CodeKind.AREA).forEach(a -> areaNames.put(a.id().toString(), a.label()));
		}
		var monthLabels = new LinkedHashMap<YearMonth, String>();
		for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			monthLabels.put(m, m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + m.getYear());
		}
		var areaCounts = byMonth(fieldwork.monthlyByArea(teamIds, period), areaNames);
		var allAreas = new java.util.TreeSet<>(areaNames.values());
		var areaBins = MonthBins.ofLists(areaCounts, allAreas).narrowed(null, wanted);
		var narrowedCounts = new HashMap<YearMonth, Map<String, Long>>();
		areaCounts.forEach((month, line) -> line.forEach((area, count) -> {
			if (wanted.contains(area)) {
				narrowedCounts.computeIfAbsent(month, m -> new HashMap<>()).put(area, count);
			}
		}));
		tables.add(TrendTables.monthly("trendArea", text("trends.table.area", locale),
				text("report.heading.month", locale), monthLabels, narrowedCounts, wanted, areaBins));
		var observations = new HashMap<YearMonth, Map<String, Map<String, Long>>>();
		for (var o : fieldwork.observationsByAreaAndKind(teamIds, period)) {
			var key = o.key().split("\\|", 2);
			observations.computeIfAbsent(o.month(), m -> new HashMap<>())
				.computeIfAbsent(areaNames.getOrDefault(key[0], "?"), a -> new HashMap<>())
				.merge(key[1], o.count(), Long::sum);
		}
		var observationAreas = new java.util.TreeSet<>(allAreas);
		observations.values().forEach(t -> observationAreas.addAll(t.keySet()));
		var kinds = new java.util.TreeSet<>(FieldworkCounts.OBSERVATION_KINDS);
		observations.values().forEach(t -> t.values().forEach(line -> kinds.addAll(line.keySet())));
		var observationBins = new MonthBins(observations, observationAreas, kinds).narrowed(wanted, null);
		tables.add(TrendTables.summedCounts("trendObservations", text("trends.table.observations", locale),
				text("report.heading.area", locale), monthsOf(from, to), new ArrayList<>(wanted), a -> a,
				new ArrayList<>(kinds), k -> text("observation.kind." + k, locale), observations, observationBins,
				Unit.OCCURRENCES, Chart.BAR));
		return new View(from, to, tables, List.of());
	}

	/**
	 * A few sentences for the weekly interdisciplinary meeting: the last month against the month before and the same
	 * month last year, and the areas and themes that grew most. Figures below the threshold are never given.
	 */
	private List<String> changes(List<UUID> teamIds, YearMonth month, Map<String, String> areaNames,
			Map<String, String> themeNames, MonthBins arenaBins, Locale locale) {
		var sentences = new ArrayList<String>();
		var current = ReportingPeriod.month(month);
		long now = fieldwork.totals(teamIds, current).encounters();
		long previous = fieldwork.totals(teamIds, ReportingPeriod.month(month.minusMonths(1))).encounters();
		long lastYear = fieldwork.totals(teamIds, ReportingPeriod.month(month.minusYears(1))).encounters();
		var monthName = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
		sentences.add(messages.getMessage("trends.change.total",
				new Object[] { monthName, figure(now, arenaBins.totalShown(month)),
						change(now, previous, arenaBins.totalShown(month) && arenaBins.totalShown(month.minusMonths(1))),
						change(now, lastYear, arenaBins.totalShown(month) && arenaBins.totalShown(month.minusYears(1))) },
				locale));
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

	/** A month's total as its own month shows it: "<5" when small, "×" when hidden beside a small one. */
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

	/** Counts by month under the keys' names. */
	private static Map<YearMonth, Map<String, Long>> byMonth(List<FieldworkCounts.MonthCount> counts,
			Map<String, String> names) {
		var byMonth = new HashMap<YearMonth, Map<String, Long>>();
		counts.forEach(c -> byMonth.computeIfAbsent(c.month(), m -> new HashMap<>())
			.merge(names.getOrDefault(c.key(), c.key()), c.count(), Long::sum));
		return byMonth;
	}

	private static List<YearMonth> monthsOf(YearMonth from, YearMonth to) {
		var months = new ArrayList<YearMonth>();
		for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	private static Map<String, Long> sum(List<FieldworkCounts.Count> counts) {
		var sums = new HashMap<String, Long>();
		counts.forEach(c -> sums.merge(c.key(), c.count(), Long::sum));
		return sums;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
