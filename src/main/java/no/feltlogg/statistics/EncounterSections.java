package no.feltlogg.statistics;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.fieldwork.FieldworkCounts.Count;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;

/**
 * The encounters of the report (ADR 0045): in total and by channel, gender, age band,
 * area, place, arena, time of day, theme and month, and the shift time. One
 * {@link Figures} per period, from which the page's tables and the API's
 * {@code encounters} and {@code shiftTime} are both drawn.
 */
@Component
class EncounterSections {

	/**
	 * Everything counted of one period's encounters and shifts. Time-of-day bands in the
	 * code list's order.
	 */
	record Figures(FieldworkCounts.Totals totals, Map<Gender, Long> anonymous, Map<Gender, Long> registered,
			List<FieldworkCounts.BandGenderCount> ageBands, List<Count> byArea, List<Count> byPlace,
			List<Count> byArena, Map<String, Long> byTimeOfDay, List<Count> byTheme, List<Count> byMonth,
			FieldworkCounts.ShiftTime shiftTime) {
	}

	/** The team's code lists as the sections label them. */
	record Labels(Map<String, String> areas, Map<String, String> places, Map<String, String> arenas,
			Map<String, String> themes, Map<String, String> ageBands, Map<String, String> timesOfDay) {
	}

	private final FieldworkCounts fieldwork;

	private final Catalog catalog;

	EncounterSections(FieldworkCounts fieldwork, Catalog catalog) {
		this.fieldwork = fieldwork;
		this.catalog = catalog;
	}

	Figures figures(ReportContext context, ReportingPeriod period) {
		var teams = context.teams();
		var anonymous = new EnumMap<Gender, Long>(Genders.zero());
		var registered = new EnumMap<Gender, Long>(Genders.zero());
		// anonymous and registered by gender: the period only
		if (context.isPeriod(period)) {
			fieldwork.byGender(teams, period)
				.forEach(g -> (g.registered() ? registered : anonymous).merge(g.gender(), g.count(), Long::sum));
		}
		return new Figures(fieldwork.totals(teams, period), anonymous, registered,
				fieldwork.byAgeBandAndGender(teams, period), fieldwork.byArea(teams, period),
				fieldwork.byPlace(teams, period), fieldwork.byArena(teams, period),
				byTimeBand(catalog.all(context.team(), CodeKind.TIME_OF_DAY), fieldwork.byHour(teams, period)),
				fieldwork.byTheme(teams, period), fieldwork.byMonth(teams, period), fieldwork.shiftTime(teams, period));
	}

	Labels labels(ReportContext context) {
		var team = context.team();
		var places = new LinkedHashMap<String, String>();
		catalog.placeNames(team).forEach((id, name) -> places.put(id.toString(), name));
		return new Labels(byId(catalog.all(team, CodeKind.AREA)), places, catalog.labels(team, CodeKind.ARENA),
				catalog.labels(team, CodeKind.THEME), byCode(catalog.all(team, CodeKind.AGE_BAND)),
				byCode(catalog.all(team, CodeKind.TIME_OF_DAY)));
	}

	/**
	 * The tables from encounters in total to encounters by month; {@code figures} by
	 * compared period.
	 */
	List<Table> tables(ReportContext context, Labels labels, List<Figures> figures) {
		var current = figures.getLast();
		var columns = context.columns();
		var channel = new LinkedHashMap<String, String>();
		channel.put("all", context.text("report.row.allEncounters"));
		channel.put("physical", context.text("report.row.physical"));
		channel.put("online", context.text("report.row.online"));
		var encounters = Table.of("encounters", context.text("report.table.encounters"),
				context.text("report.heading.channel"), channel, columns, context.columnCodes(),
				figures.stream()
					.map(f -> Map.of("all", f.totals().encounters(), "physical", f.totals().physical(), "online",
							f.totals().online()))
					.toList(),
				Unit.ENCOUNTERS, Chart.BAR);
		var anonymousRegistered = Table.of("anonymousRegistered", context.text("report.table.anonymousRegistered"),
				context.text("report.heading.gender"), Genders.rows(context),
				List.of(context.text("report.column.anonymous"), context.text("report.column.registered")),
				List.of("anonymous", "registered"),
				List.of(Genders.byColumn(current.anonymous()), Genders.byColumn(current.registered())), Unit.ENCOUNTERS,
				Chart.BAR);

		// age bands of the code list, then any band only the period's counts know
		var bands = new LinkedHashMap<>(labels.ageBands());
		current.ageBands().forEach(c -> bands.putIfAbsent(c.ageBand(), c.ageBand()));
		var perGender = Genders.COLUMNS.stream()
			.map(gender -> current.ageBands()
				.stream()
				.filter(c -> Genders.column(c.gender()).equals(gender))
				.collect(Collectors.toMap(c -> c.ageBand(), c -> c.count(), Long::sum)))
			.toList();
		var ageBandGender = Table.of("ageBandGender", context.text("report.table.ageBandGender"),
				context.text("report.heading.ageBand"), bands, Genders.labels(context), Genders.COLUMNS, perGender,
				Unit.ENCOUNTERS, Chart.BAR);
		var ageBandYears = Table.of("ageBandYears", context.text("report.table.ageBandYears"),
				context.text("report.heading.ageBand"), bands, columns, context.columnCodes(),
				figures.stream()
					.map(f -> f.ageBands()
						.stream()
						.collect(Collectors.toMap(c -> c.ageBand(), c -> c.count(), Long::sum)))
					.toList(),
				Unit.ENCOUNTERS, Chart.BAR);

		var byTimeOfDay = Table.of("byTimeOfDay", context.text("report.table.byTimeOfDay"),
				context.text("report.heading.timeOfDay"), labels.timesOfDay(), columns, context.columnCodes(),
				figures.stream().map(Figures::byTimeOfDay).toList(), Unit.ENCOUNTERS, Chart.BAR);

		// months of the period as rows (each month of each year apart, ADR 0038), earlier
		// years as columns beside
		// the month of the period they fall on
		var months = new LinkedHashMap<String, String>();
		context.months()
			.forEach(m -> months.put(m.toString(), CountedSections.monthLabel(m, context.period(), context.locale())));
		var byMonth = Table.of("byMonth", context.text("report.table.byMonth"), context.text("report.heading.month"),
				months, columns, context.columnCodes(),
				java.util.stream.IntStream.range(0, figures.size()).mapToObj(i -> {
					int back = context.yearsBack(context.compared().get(i));
					return figures.get(i)
						.byMonth()
						.stream()
						.collect(Collectors.toMap(c -> YearMonth.parse(c.key()).plusYears(back).toString(),
								Count::count, Long::sum));
				}).toList(), Unit.ENCOUNTERS, Chart.LINE);

		return List.of(encounters, anonymousRegistered, ageBandGender, ageBandYears,
				keyed(context, "byArea", "area", labels.areas(), figures, Figures::byArea),
				keyed(context, "byPlace", "place", labels.places(), figures, Figures::byPlace),
				keyed(context, "byArena", "arena", labels.arenas(), figures, Figures::byArena), byTimeOfDay,
				keyed(context, "byTheme", "theme", labels.themes(), figures, Figures::byTheme), byMonth);
	}

	/** Share of shift time spent directly with youths, per compared period. */
	Table shiftTime(ReportContext context, List<Figures> figures) {
		var rows = new LinkedHashMap<String, String>();
		rows.put("hours", context.text("report.row.shiftHours"));
		rows.put("direct", context.text("report.row.directHours"));
		rows.put("share", context.text("report.row.directShare"));
		return Table.of("shiftTime", context.text("report.table.shiftTime"), context.text("report.heading.time"), rows,
				context.columns(), context.columnCodes(), figures.stream().map(f -> {
					var time = f.shiftTime();
					return Map.of("hours", Math.round(time.minutes() / 60.0), "direct",
							Math.round(time.directMinutes() / 60.0), "share",
							time.minutes() == 0 ? 0L : Math.round(100.0 * time.directMinutes() / time.minutes()));
				}).toList(), Unit.HOURS, Chart.NONE);
	}

	/** Rows: the codes in use in any column, in the code list's order. */
	private static Table keyed(ReportContext context, String id, String heading, Map<String, String> labels,
			List<Figures> figures, Function<Figures, List<Count>> counts) {
		var series = figures.stream()
			.map(f -> counts.apply(f).stream().collect(Collectors.toMap(Count::key, Count::count, Long::sum)))
			.toList();
		var used = new LinkedHashMap<String, String>();
		labels.forEach((k, v) -> {
			if (series.stream().anyMatch(s -> s.containsKey(k))) {
				used.put(k, v);
			}
		});
		return Table.of(id, context.text("report.table." + id), context.text("report.heading." + heading), used,
				context.columns(), context.columnCodes(), series, Unit.ENCOUNTERS, Chart.BAR);
	}

	/**
	 * Encounters by the team's time-of-day bands (every band, zero where none), from
	 * counts by hour.
	 */
	static Map<String, Long> byTimeBand(List<CodeItem> bands, List<Count> hours) {
		var counts = new LinkedHashMap<String, Long>();
		bands.forEach(b -> counts.put(b.code(), 0L));
		for (var hour : hours) {
			int h = Integer.parseInt(hour.key());
			bands.stream()
				.filter(b -> b.containsHour(h))
				.findFirst()
				.ifPresent(b -> counts.merge(b.code(), hour.count(), Long::sum));
		}
		return counts;
	}

	private static Map<String, String> byCode(List<CodeItem> items) {
		var labels = new LinkedHashMap<String, String>();
		items.forEach(c -> labels.put(c.code(), c.label()));
		return labels;
	}

	private static Map<String, String> byId(List<CodeItem> items) {
		var labels = new LinkedHashMap<String, String>();
		items.forEach(c -> labels.put(c.id().toString(), c.label()));
		return labels;
	}

}
