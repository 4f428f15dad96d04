package no.feltlogg.statistics;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.information.Audience;
import no.feltlogg.information.InformationCounts;
import no.feltlogg.information.InformationKind;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;

/**
 * The report's sections on information and attitude work and on the schools (ADR 0036):
 * events and people reached per year, led against took part; by audience, theme, kind and
 * pupils' grade for the period; and the coverage of the team's schools; the same
 * {@link Figures} (ADR 0045) as JSON for the statistics API ({@code informationWork});
 * and the SLT's monthly table. The callers check who may see them.
 */
@Component
class InformationSections {

	private final InformationCounts counts;

	private final Catalog catalog;

	private final MessageSource messages;

	InformationSections(InformationCounts counts, Catalog catalog, MessageSource messages) {
		this.counts = counts;
		this.catalog = catalog;
		this.messages = messages;
	}

	/**
	 * What one period's information work counts; apart from the totals, counted for the
	 * report's own period only.
	 */
	record Figures(InformationCounts.Totals totals, List<InformationCounts.Count> byAudience,
			List<InformationCounts.Count> byTheme, List<InformationCounts.Count> byKind,
			List<InformationCounts.Count> pupilsByGrade, List<InformationCounts.MonthCount> byMonth,
			List<InformationCounts.Coverage> coverage) {
	}

	Figures figures(ReportContext context, ReportingPeriod period) {
		var teams = context.teams();
		var totals = counts.totals(teams, period);
		if (!context.isPeriod(period)) {
			return new Figures(totals, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		}
		return new Figures(totals, counts.byAudience(teams, period), counts.byTheme(teams, period),
				counts.byKind(teams, period), counts.pupilsByGrade(teams, period), counts.byMonth(teams, period),
				counts.schoolCoverage(context.team(), period));
	}

	/**
	 * The report's tables: the years compared as columns for the totals, the period for
	 * the rest.
	 */
	List<Table> tables(ReportContext context, List<Figures> figures) {
		var current = figures.getLast();
		var locale = context.locale();
		var totalRows = new LinkedHashMap<String, String>();
		for (var row : List.of("Events", "Reached", "LedEvents", "LedReached", "TookPartEvents", "TookPartReached")) {
			totalRows.put(row, text("report.row.information" + row, locale));
		}
		var totals = Table.of("informationWork", text("report.table.informationWork", locale),
				text("report.heading.informationWork", locale), totalRows, context.columns(), context.columnCodes(),
				figures.stream().map(f -> {
					var t = f.totals();
					return Map.of("Events", t.events(), "Reached", t.reached(), "LedEvents", t.ledEvents(),
							"LedReached", t.ledReached(), "TookPartEvents", t.tookPartEvents(), "TookPartReached",
							t.tookPartReached());
				}).toList(), Unit.OCCURRENCES, Chart.BAR);

		var twoColumns = List.of(text("report.column.events", locale), text("report.column.reached", locale));
		var audienceRows = new LinkedHashMap<String, String>();
		for (var audience : Audience.values()) {
			audienceRows.put(audience.name(), text("information.audience." + audience, locale));
		}
		var byAudience = twoColumns("informationByAudience", text("report.table.informationByAudience", locale),
				text("report.heading.audience", locale), audienceRows, twoColumns, current.byAudience());

		var themeLabels = catalog.labels(context.team(), CodeKind.THEME);
		var themeCounts = current.byTheme();
		var themeRows = new LinkedHashMap<String, String>();
		themeLabels.forEach((code, label) -> {
			if (themeCounts.stream().anyMatch(c -> c.key().equals(code))) {
				themeRows.put(code, label);
			}
		});
		themeCounts.forEach(c -> themeRows.putIfAbsent(c.key(), c.key()));
		var byTheme = twoColumns("informationByTheme", text("report.table.informationByTheme", locale),
				text("report.heading.theme", locale), themeRows, twoColumns, themeCounts);

		var kindRows = new LinkedHashMap<String, String>();
		for (var kind : InformationKind.values()) {
			kindRows.put(kind.name(), text("information.kind." + kind, locale));
		}
		var byKind = twoColumns("informationByKind", text("report.table.informationByKind", locale),
				text("report.heading.informationKind", locale), kindRows, twoColumns, current.byKind());

		var gradeRows = new LinkedHashMap<String, String>();
		current.pupilsByGrade()
			.forEach(c -> gradeRows.put(c.key(),
					messages.getMessage("information.gradeLabel", new Object[] { c.key() }, locale)));
		var byGrade = twoColumns("informationByGrade", text("report.table.informationByGrade", locale),
				text("report.heading.grade", locale), gradeRows, twoColumns, current.pupilsByGrade());

		var coverage = current.coverage();
		var levelRows = new LinkedHashMap<String, String>();
		coverage.forEach(c -> levelRows.put(c.level().name(), text("schoolLevel." + c.level(), locale)));
		var schools = Table.of("schoolCoverage", text("report.table.schoolCoverage", locale),
				text("report.heading.schoolLevel", locale), levelRows, List.of(text("report.column.schools", locale),
						text("report.column.schoolsVisited", locale), text("report.column.schoolsWithContact", locale)),
				List.of("schools", "visited", "withContact"),
				List.of(coverage.stream().collect(Collectors.toMap(c -> c.level().name(), c -> c.schools())),
						coverage.stream().collect(Collectors.toMap(c -> c.level().name(), c -> c.visited())),
						coverage.stream().collect(Collectors.toMap(c -> c.level().name(), c -> c.withContact()))),
				Unit.SCHOOLS, Chart.BAR);
		return List.of(totals, byAudience, byTheme, byKind, byGrade, schools);
	}

	/**
	 * {@code informationWork} of the statistics API: codes rather than words,
	 * unsuppressed, for the team's leader.
	 */
	static Map<String, Object> json(ReportContext context, Figures figures) {
		var json = new LinkedHashMap<String, Object>();
		var t = figures.totals();
		json.put("events", t.events());
		json.put("reached", t.reached());
		json.put("led", Map.of("events", t.ledEvents(), "reached", t.ledReached()));
		json.put("tookPart", Map.of("events", t.tookPartEvents(), "reached", t.tookPartReached()));
		json.put("byAudience", entries("audience", figures.byAudience(), true));
		json.put("byTheme", entries("theme", figures.byTheme(), false));
		json.put("byKind", entries("kind", figures.byKind(), true));
		json.put("pupilsByGrade",
				figures.pupilsByGrade()
					.stream()
					.map(c -> Map.<String, Object>of("grade", Integer.parseInt(c.key()), "events", c.events(), "pupils",
							c.reached()))
					.toList());
		var byMonth = new HashMap<String, InformationCounts.MonthCount>();
		figures.byMonth().forEach(m -> byMonth.put(m.month().toString(), m));
		var months = new java.util.ArrayList<Map<String, Object>>();
		for (var m : context.months()) {
			var count = byMonth.get(m.toString());
			months.add(Map.of("month", m.toString(), "events", count == null ? 0L : count.events(), "reached",
					count == null ? 0L : count.reached()));
		}
		json.put("byMonth", months);
		json.put("schoolCoverage",
				figures.coverage()
					.stream()
					.map(c -> Map.<String, Object>of("schoolLevel", c.level().name().toLowerCase(Locale.ROOT),
							"schools", c.schools(), "visited", c.visited(), "withContact", c.withContact()))
					.toList());
		return json;
	}

	/**
	 * The SLT's monthly events and people reached of the municipality's teams, suppressed
	 * month by month.
	 */
	Table trend(List<UUID> teams, ReportingPeriod period, Map<YearMonth, String> monthLabels, String monthHeading,
			Locale locale) {
		var byMonth = new HashMap<YearMonth, Map<String, Long>>();
		counts.byMonth(teams, period)
			.forEach(m -> byMonth.put(m.month(), Map.of("events", m.events(), "reached", m.reached())));
		var keys = List.of("events", "reached");
		return TrendTables.byMonth("trendInformation", text("trends.table.information", locale), monthHeading,
				monthLabels, keys,
				k -> text(k.equals("events") ? "report.column.events" : "report.column.reached", locale), byMonth,
				MonthBins.ofLists(byMonth, keys), false, Unit.OCCURRENCES, Chart.LINE);
	}

	private static List<Map<String, Object>> entries(String name, List<InformationCounts.Count> counts,
			boolean lowerCase) {
		return counts.stream()
			.map(c -> Map.<String, Object>of(name, lowerCase ? c.key().toLowerCase(Locale.ROOT) : c.key(), "events",
					c.events(), "reached", c.reached()))
			.toList();
	}

	private static Table twoColumns(String id, String title, String heading, Map<String, String> rows,
			List<String> columns, List<InformationCounts.Count> counts) {
		return Table.of(
				id, title, heading, rows, columns, List.of("events", "reached"), List
					.of(counts.stream()
						.collect(Collectors.toMap(InformationCounts.Count::key, InformationCounts.Count::events,
								Long::sum)),
							counts.stream()
								.collect(Collectors.toMap(InformationCounts.Count::key,
										InformationCounts.Count::reached, Long::sum))),
				Unit.OCCURRENCES, Chart.BAR);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
