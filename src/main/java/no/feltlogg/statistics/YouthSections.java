package no.feltlogg.statistics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthCounts;

/**
 * Registered youths, priority levels and worrying development (ADR 0045): one
 * {@link Figures} per period, drawn as the page's tables and as the API's
 * {@code registeredYouths}, {@code priority} and {@code worryingDevelopment}.
 */
@Component
class YouthSections {

	static final List<PriorityLevel> LEVELS = List.of(PriorityLevel.RED, PriorityLevel.YELLOW, PriorityLevel.GREEN);

	/**
	 * {@code levels} (youths per level by month) is counted for the report's own period
	 * only.
	 */
	record Figures(Map<Gender, Long> registered, List<YouthCounts.LevelCount> levels,
			List<YouthCounts.Movement> movements, Map<SchoolLevel, Long> worrying) {
	}

	private final YouthCounts youths;

	YouthSections(YouthCounts youths) {
		this.youths = youths;
	}

	Figures figures(ReportContext context, ReportingPeriod period) {
		var teams = context.teams();
		var registered = Genders.zero();
		youths.registeredByGender(teams, period).forEach((g, n) -> registered.merge(g, n, Long::sum));
		return new Figures(registered,
				period.equals(context.period()) ? youths.youthsPerLevelByMonth(teams, period) : List.of(),
				youths.movementsByMonth(teams, period), youths.worryingDevelopmentBySchoolLevel(teams, period));
	}

	/** Registered youths by gender, per compared period. */
	Table registered(ReportContext context, List<Figures> figures) {
		return Table.of("registeredYouths", context.text("report.table.registeredYouths"),
				context.text("report.heading.gender"), Genders.rows(context), context.columns(), context.columnCodes(),
				figures.stream().map(f -> Genders.byColumn(f.registered())).toList(), Unit.YOUTHS, Chart.BAR);
	}

	/**
	 * Priority levels per month of the period, movements between levels and worrying
	 * development per period.
	 */
	List<Table> priority(ReportContext context, List<Figures> figures) {
		var levelCounts = figures.getLast().levels();
		var monthRows = new LinkedHashMap<String, String>();
		context.months()
			.forEach(m -> monthRows.put(m.toString(),
					CountedSections.monthLabel(m, context.period(), context.locale())));
		var byMonth = Table
			.of("priorityByMonth", context.text("report.table.priorityByMonth"), context.text("report.heading.month"),
					monthRows, LEVELS.stream().map(l -> context.text("youth.priority." + l)).toList(),
					LEVELS.stream().map(PriorityLevel::name).toList(),
					LEVELS.stream()
						.map(l -> levelCounts.stream()
							.filter(c -> c.level() == l)
							.collect(Collectors.toMap(c -> c.month().toString(), YouthCounts.LevelCount::youths,
									Long::sum)))
						.toList(),
					Unit.YOUTHS, Chart.LINE);
		var moves = new LinkedHashMap<String, String>();
		for (var from : LEVELS) {
			for (var to : LEVELS) {
				if (from != to) {
					moves.put(from + ">" + to,
							context.text("youth.priority." + from) + " → " + context.text("youth.priority." + to));
				}
			}
		}
		var movements = Table.of("priorityMovements", context.text("report.table.priorityMovements"),
				context.text("report.heading.movement"), moves, context.columns(), context.columnCodes(),
				figures.stream().map(f -> transitions(f)).toList(), Unit.YOUTHS, Chart.BAR);
		var schoolLevels = new LinkedHashMap<String, String>();
		for (var level : SchoolLevel.values()) {
			schoolLevels.put(level.name(), context.text("schoolLevel." + level));
		}
		var worrying = Table.of("worrying", context.text("report.table.worrying"),
				context.text("report.heading.schoolLevel"), schoolLevels, context.columns(), context.columnCodes(),
				figures.stream().map(f -> {
					var bySchool = new HashMap<String, Long>();
					f.worrying().forEach((l, n) -> bySchool.put(l.name(), n));
					return (Map<String, Long>) bySchool;
				}).toList(), Unit.YOUTHS, Chart.BAR);
		return List.of(byMonth, movements, worrying);
	}

	/** Changes of level in the period by {@code FROM>TO}, sorted. */
	private static Map<String, Long> transitions(Figures figures) {
		return figures.movements()
			.stream()
			.collect(Collectors.toMap(m -> m.from() + ">" + m.to(), YouthCounts.Movement::moves, Long::sum,
					TreeMap::new));
	}

	/** {@code priority} of the API. */
	static Map<String, Object> priorityJson(Figures figures) {
		return Map.of("byMonth",
				figures.levels()
					.stream()
					.map(l -> Map.of("month", l.month().toString(), "level", l.level().name().toLowerCase(), "count",
							l.youths()))
					.toList(),
				"transitions",
				transitions(figures).entrySet()
					.stream()
					.map(e -> Map.of("from", e.getKey().split(">")[0].toLowerCase(), "to",
							e.getKey().split(">")[1].toLowerCase(), "count", e.getValue()))
					.toList());
	}

	/** {@code worryingDevelopment} of the API. */
	static Map<String, Long> worryingJson(Figures figures) {
		var worrying = new LinkedHashMap<String, Long>();
		figures.worrying().forEach((level, n) -> worrying.put(level.name().toLowerCase(), n));
		return worrying;
	}

}
