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
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.referrals.ReferralCounts;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthCounts;

/**
 * The SLT coordinator's view: the municipality's teams together, month by month, by area,
 * arena and theme, field observations by area and kind, and what changed. Every table
 * leaves here suppressed, and nothing names a youth: the queries only ever return counts.
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

	private final TrendChanges changes;

	Trends(FieldworkCounts fieldwork, YouthCounts youths, ReferralCounts referrals, Catalog catalog, Teams teams,
			MessageSource messages, InformationSections information, TrendChanges changes) {
		this.information = information;
		this.changes = changes;
		this.fieldwork = fieldwork;
		this.referrals = referrals;
		this.youths = youths;
		this.catalog = catalog;
		this.teams = teams;
		this.messages = messages;
	}

	/**
	 * The tables whose row totals add up to something (ADR 0043): each encounter has one
	 * arena and at most one area, and each youth one priority level at a time. Themes and
	 * observations count an encounter or an observation under each of its themes or
	 * kinds, referrals stand beside unique youths, events beside people reached, and a
	 * year beside the year before: none of those are summed.
	 */
	static final java.util.Set<String> SUMMABLE = java.util.Set.of("trendArena", "trendArea", "trendPriority");

	/** The most lines a chart draws; the rest are drawn as one line, "Other". */
	static final int MAX_SERIES = 8;

	public TrendsView view(CurrentUser slt, YearMonth from, YearMonth to, Locale locale) {
		var teamIds = teamsOf(slt);
		var period = new ReportingPeriod(from.atDay(1), to.plusMonths(1).atDay(1));
		var tables = new ArrayList<Table>();
		if (teamIds.isEmpty()) {
			return new TrendsView(from, to, tables, List.of());
		}
		var names = names(teamIds);
		var areaNames = names.areas();
		var arenaNames = names.arenas();
		var themeNames = names.themes();
		// every table is built from months suppressed on their own (ADR 0028); the arena
		// counts reach a year back for
		// the year-on-year table and the sentences
		var monthList = new ArrayList<>(monthsOf(from, to));
		var lastYear = new ReportingPeriod(period.from().minusYears(1), period.until().minusYears(1));
		var lastYearMonths = monthsOf(from.minusYears(1), to.minusYears(1));
		var arenaCounts = byMonth(
				fieldwork.monthlyByArena(teamIds, new ReportingPeriod(lastYear.from(), period.until())), arenaNames);
		var arenaKeys = new java.util.TreeSet<>(arenaNames.values());
		var arenaBins = MonthBins.ofLists(arenaCounts, arenaKeys);
		var monthLabels = monthLabels(from, to, locale);
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

		// priority levels in aggregate: youths per level at the end of each month,
		// counted in distinct youths
		var levels = List.of(PriorityLevel.RED, PriorityLevel.YELLOW, PriorityLevel.GREEN);
		var levelCounts = new HashMap<YearMonth, Map<String, Long>>();
		youths.youthsPerLevelByMonth(teamIds, period)
			.forEach(c -> levelCounts.computeIfAbsent(c.month(), m -> new HashMap<>())
				.merge(c.level().name(), c.youths(), Long::sum));
		var levelKeys = levels.stream().map(Enum::name).toList();
		tables.add(TrendTables.byMonth("trendPriority", text("trends.table.priority", locale), monthHeading,
				monthLabels, levelKeys, l -> text("youth.priority." + l, locale), levelCounts,
				MonthBins.ofLists(levelCounts, levelKeys), false, Unit.YOUTHS, Chart.LINE));

		// referrals by kind of service, counted in referrals and in distinct youths; a
		// month's distinct youths are
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
				referralColumns,
				c -> text(c.equals(REFERRALS) ? "report.column.referrals" : "report.column.uniqueYouths", locale),
				referralValues, new MonthBins(referralMonths, kindKeys, referralColumns), Unit.YOUTHS, Chart.BAR));

		// information work: events and people reached month by month (ADR 0036)
		tables.add(information.trend(teamIds, period, monthLabels, monthHeading, locale));

		// year on year, by arena
		tables.add(TrendTables.keysOverRuns("trendYearOnYear", text("trends.table.yearOnYear", locale),
				text("report.heading.arena", locale), new ArrayList<>(arenaKeys), a -> a,
				List.of(Periods.label(lastYear, locale), Periods.label(period, locale)),
				List.of(lastYearMonths, monthList), arenaCounts, arenaBins, Unit.ENCOUNTERS, Chart.BAR));

		return new TrendsView(from, to, tables,
				changes.sentences(teamIds, to, areaNames, themeNames, arenaBins, locale),
				base(teamIds, from, to, locale), null);
	}

	/**
	 * Each month of the run with its base, months that count nothing included (no team
	 * reported).
	 */
	private List<TrendsBase> base(List<UUID> teamIds, YearMonth from, YearMonth to, Locale locale) {
		var byMonth = new HashMap<YearMonth, FieldworkCounts.MonthBase>();
		fieldwork.monthBase(teamIds, new ReportingPeriod(from.atDay(1), to.plusMonths(1).atDay(1)))
			.forEach(b -> byMonth.put(b.month(), b));
		var base = new ArrayList<TrendsBase>();
		for (var m : monthsOf(from, to)) {
			var b = byMonth.get(m);
			base.add(new TrendsBase(m, monthLabel(m, locale), b == null ? 0 : b.teams(), b != null && b.imported()));
		}
		return base;
	}

	static String monthLabel(YearMonth m, Locale locale) {
		return m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + m.getYear();
	}

	/**
	 * The teams a view counts: the municipality's, or the one team of an API token scoped
	 * to a team (ADR 0035). SLT coordinators' accounts have no team.
	 */
	private List<UUID> teamsOf(CurrentUser slt) {
		var team = slt.teamId();
		return team != null ? List.of(team) : teams.teamsOf(slt.municipalityId()).stream().map(TeamInfo::id).toList();
	}

	/**
	 * The trends narrowed to one SLT area (the names of the teams' areas it groups):
	 * encounters by area month by month and field observations by area and kind. Every
	 * cell is suppressed in the whole municipality's monthly bins, as the whole view
	 * shows it, and a total over the area's lines alone is shown only where every cell it
	 * adds up is shown (ADR 0028, 0035): the narrowed view gives nothing the whole view
	 * hides. Tables that are not counted by area (arena, theme, priority levels,
	 * referrals) are not narrowed and so not shown.
	 */
	public TrendsView narrowed(CurrentUser slt, YearMonth from, YearMonth to, Locale locale,
			java.util.Collection<String> areas) {
		var teamIds = teamsOf(slt);
		var tables = new ArrayList<Table>();
		if (teamIds.isEmpty()) {
			return new TrendsView(from, to, tables, List.of());
		}
		var wanted = new java.util.TreeSet<>(areas);
		var period = new ReportingPeriod(from.atDay(1), to.plusMonths(1).atDay(1));
		var areaNames = names(teamIds).areas();
		var monthLabels = monthLabels(from, to, locale);
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
		return new TrendsView(from, to, tables, List.of());
	}

	/**
	 * The municipality's teams a coordinator may narrow the trends to (the one team of a
	 * team-scoped token).
	 */
	public List<TeamInfo> teams(CurrentUser slt) {
		var team = slt.teamId();
		return team != null ? List.of(teams.team(team)) : teams.teamsOf(slt.municipalityId());
	}

	/**
	 * The trends narrowed to one team (and, where given, to the names of an SLT area's
	 * areas): encounters by arena, area and theme and youths per priority level, month by
	 * month. A team's cell is shown only where the whole municipality's month shows the
	 * cell and no team's part of it is small (ADR 0043): then every team's part of that
	 * cell is shown to whoever asks for it, and their sum is the figure the whole view
	 * shows, so no view can be subtracted from another to give a hidden count. A team's
	 * month total is shown only where all its cells are.
	 */
	public TrendsView forTeam(CurrentUser slt, YearMonth from, YearMonth to, Locale locale, UUID team,
			java.util.@org.jspecify.annotations.Nullable Collection<String> areas) {
		var teamIds = teamsOf(slt);
		var tables = new ArrayList<Table>();
		if (!teamIds.contains(team)) {
			return new TrendsView(from, to, tables, List.of());
		}
		var period = new ReportingPeriod(from.atDay(1), to.plusMonths(1).atDay(1));
		var names = names(teamIds);
		var areaNames = names.areas();
		var arenaNames = names.arenas();
		var themeNames = names.themes();
		var monthLabels = monthLabels(from, to, locale);
		var heading = text("report.heading.month", locale);
		var perTeamArena = new HashMap<UUID, Map<YearMonth, Map<String, Long>>>();
		var perTeamArea = new HashMap<UUID, Map<YearMonth, Map<String, Long>>>();
		var perTeamTheme = new HashMap<UUID, Map<YearMonth, Map<String, Long>>>();
		var perTeamLevel = new HashMap<UUID, Map<YearMonth, Map<String, Long>>>();
		for (var t : teamIds) {
			perTeamArena.put(t, byMonth(fieldwork.monthlyByArena(List.of(t), period), arenaNames));
			perTeamArea.put(t, byMonth(fieldwork.monthlyByArea(List.of(t), period), areaNames));
			perTeamTheme.put(t, byMonth(fieldwork.monthlyByTheme(List.of(t), period), themeNames));
			var levels = new HashMap<YearMonth, Map<String, Long>>();
			youths.youthsPerLevelByMonth(List.of(t), period)
				.forEach(c -> levels.computeIfAbsent(c.month(), m -> new HashMap<>())
					.merge(c.level().name(), c.youths(), Long::sum));
			perTeamLevel.put(t, levels);
		}
		var arenaKeys = new java.util.TreeSet<>(arenaNames.values());
		var areaKeys = new java.util.TreeSet<>(areaNames.values());
		if (areas != null) {
			areaKeys.retainAll(areas);
		}
		var themeKeys = new java.util.TreeSet<>(themeNames.values());
		var levelKeys = List.of(PriorityLevel.RED.name(), PriorityLevel.YELLOW.name(), PriorityLevel.GREEN.name());
		if (areas == null) {
			tables.add(TrendTables.ofTeam("trendArena", text("trends.table.arena", locale), heading, monthLabels,
					new ArrayList<>(arenaKeys), k -> k, perTeamArena, team,
					MonthBins.ofLists(municipality(perTeamArena), arenaKeys), Unit.ENCOUNTERS, Chart.LINE));
		}
		tables.add(TrendTables.ofTeam("trendArea", text("trends.table.area", locale), heading, monthLabels,
				new ArrayList<>(areaKeys), k -> k, perTeamArea, team,
				MonthBins.ofLists(municipality(perTeamArea), new java.util.TreeSet<>(areaNames.values())),
				Unit.ENCOUNTERS, Chart.LINE));
		if (areas == null) {
			tables.add(TrendTables.ofTeam("trendTheme", text("trends.table.theme", locale), heading, monthLabels,
					new ArrayList<>(themeKeys), k -> k, perTeamTheme, team,
					MonthBins.ofLists(municipality(perTeamTheme), themeKeys), Unit.ENCOUNTERS, Chart.LINE));
			tables.add(TrendTables.ofTeam("trendPriority", text("trends.table.priority", locale), heading, monthLabels,
					levelKeys, l -> text("youth.priority." + l, locale), perTeamLevel, team,
					MonthBins.ofLists(municipality(perTeamLevel), levelKeys), Unit.YOUTHS, Chart.LINE));
		}
		var name = teams(slt).stream().filter(t -> t.id().equals(team)).map(TeamInfo::name).findFirst().orElse(null);
		return new TrendsView(from, to, tables, List.of(), base(List.of(team), from, to, locale), name);
	}

	/**
	 * The code lists' labels over the teams: areas by their ids (each team's own, matched
	 * by name), arenas and themes by code.
	 */
	private record Names(Map<String, String> areas, Map<String, String> arenas, Map<String, String> themes) {
	}

	private Names names(List<UUID> teamIds) {
		var names = new Names(new HashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
		for (var team : teamIds) {
			catalog.all(team, CodeKind.AREA).forEach(a -> names.areas().put(a.id().toString(), a.label()));
			catalog.all(team, CodeKind.ARENA).forEach(a -> names.arenas().putIfAbsent(a.code(), a.label()));
			catalog.all(team, CodeKind.THEME).forEach(t -> names.themes().putIfAbsent(t.code(), t.label()));
		}
		return names;
	}

	/** Each month of the span with its short name ("jan. 2026"). */
	private static LinkedHashMap<YearMonth, String> monthLabels(YearMonth from, YearMonth to, Locale locale) {
		var labels = new LinkedHashMap<YearMonth, String>();
		monthsOf(from, to).forEach(m -> labels.put(m, monthLabel(m, locale)));
		return labels;
	}

	/**
	 * The teams' counts added up, month by month: the whole municipality as the whole
	 * view counts it.
	 */
	private static Map<YearMonth, Map<String, Long>> municipality(
			Map<UUID, Map<YearMonth, Map<String, Long>>> perTeam) {
		var all = new HashMap<YearMonth, Map<String, Long>>();
		perTeam.values()
			.forEach(months -> months.forEach((m, line) -> line
				.forEach((k, v) -> all.computeIfAbsent(m, x -> new HashMap<>()).merge(k, v, Long::sum))));
		return all;
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

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
