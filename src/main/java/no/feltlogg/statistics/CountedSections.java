package no.feltlogg.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthCounts;

/**
 * The report's sections of issue #17, counted the way the teams count (ADR 0038): each
 * calendar year of a period that spans several, priority movements per youth, worrying
 * development as shares of the whole, and time directly with youths against the target.
 */
@Component
class CountedSections {

	static final String CAME_IN = "NEW";

	static final String LEFT = "LEFT";

	private final FieldworkCounts fieldwork;

	private final YouthCounts youths;

	private final DirectTimes directTimes;

	private final MessageSource messages;

	CountedSections(FieldworkCounts fieldwork, YouthCounts youths, DirectTimes directTimes, MessageSource messages) {
		this.fieldwork = fieldwork;
		this.youths = youths;
		this.directTimes = directTimes;
		this.messages = messages;
	}

	/**
	 * What the sections count of the report's period, read once for the page, the exports
	 * and the API.
	 */
	record Figures(List<YouthCounts.YouthMovement> movements, Map<SchoolLevel, Long> worrying,
			DirectTimes.View directTime) {
	}

	Figures figures(ReportContext context) {
		var teams = context.teams();
		return new Figures(youths.movementsPerYouth(teams, context.period()),
				youths.worryingDevelopmentBySchoolLevel(teams, context.period()),
				directTimes.of(context.team(), context.period()));
	}

	List<Table> tables(ReportContext context, Figures figures) {
		var tables = new ArrayList<Table>();
		byYear(context.teams(), context.period(), context.locale()).ifPresent(tables::add);
		tables.add(movementsPerYouth(figures, context.locale()));
		tables.add(worryingShares(figures, context.locale()));
		tables.add(directTime(figures, context.period(), context.locale()));
		return tables;
	}

	/**
	 * The calendar years of the period, each apart (only when it spans more than one).
	 */
	java.util.Optional<Table> byYear(Set<UUID> teams, ReportingPeriod period, Locale locale) {
		int first = period.from().getYear();
		int last = period.lastDay().getYear();
		if (first == last) {
			return java.util.Optional.empty();
		}
		var rows = new LinkedHashMap<String, String>();
		var all = new HashMap<String, Long>();
		var physical = new HashMap<String, Long>();
		var online = new HashMap<String, Long>();
		for (int year = first; year <= last; year++) {
			var from = max(period.from(), LocalDate.of(year, 1, 1));
			var until = min(period.until(), LocalDate.of(year + 1, 1, 1));
			var part = new ReportingPeriod(from, until);
			var key = Integer.toString(year);
			rows.put(key, part.isCalendarYear() ? key : key + " (" + Periods.label(part, locale) + ")");
			var totals = fieldwork.totals(teams, part);
			all.put(key, totals.encounters());
			physical.put(key, totals.physical());
			online.put(key, totals.online());
		}
		return java.util.Optional
			.of(Table.of("byYear", text("report.table.byYear", locale), text("report.heading.year", locale), rows,
					List.of(text("report.row.allEncounters", locale), text("report.row.physical", locale),
							text("report.row.online", locale)),
					List.of("all", "physical", "online"), List.of(all, physical, online), Unit.ENCOUNTERS, Chart.BAR));
	}

	/**
	 * Distinct youths by level at the start (rows, or came in) and at the end (columns,
	 * or left) of the period.
	 */
	Table movementsPerYouth(Figures figures, Locale locale) {
		var levels = List.of(PriorityLevel.RED, PriorityLevel.YELLOW, PriorityLevel.GREEN);
		var rows = new LinkedHashMap<String, String>();
		levels.forEach(l -> rows.put(l.name(), text("youth.priority." + l, locale)));
		rows.put(CAME_IN, text("report.row.cameIn", locale));
		var columnKeys = new ArrayList<String>();
		levels.forEach(l -> columnKeys.add(l.name()));
		columnKeys.add(LEFT);
		var series = new ArrayList<Map<String, Long>>();
		columnKeys.forEach(c -> series.add(new HashMap<>()));
		for (var m : figures.movements()) {
			var row = m.from() == null ? CAME_IN : m.from().name();
			var column = m.to() == null ? LEFT : m.to().name();
			series.get(columnKeys.indexOf(column)).merge(row, m.youths(), Long::sum);
		}
		var columns = new ArrayList<String>();
		levels.forEach(l -> columns.add(text("report.column.toLevel", locale, text("youth.priority." + l, locale))));
		columns.add(text("report.column.left", locale));
		return Table.of("priorityMovementsPerYouth", text("report.table.priorityMovementsPerYouth", locale),
				text("report.heading.levelAtStart", locale), rows, columns, columnKeys, series, Unit.YOUTHS,
				Chart.NONE);
	}

	/**
	 * Youths with a worrying development by school level, and each level's share of the
	 * whole in per cent.
	 */
	Table worryingShares(Figures figures, Locale locale) {
		var counts = figures.worrying();
		long whole = counts.values().stream().mapToLong(Long::longValue).sum();
		var rows = new LinkedHashMap<String, String>();
		var count = new HashMap<String, Long>();
		var share = new HashMap<String, Long>();
		for (var level : SchoolLevel.values()) {
			rows.put(level.name(), text("schoolLevel." + level, locale));
			long n = counts.getOrDefault(level, 0L);
			count.put(level.name(), n);
			share.put(level.name(), whole == 0 ? 0L : Math.round(100.0 * n / whole));
		}
		return Table.of("worryingShares", text("report.table.worryingShares", locale),
				text("report.heading.schoolLevel", locale), rows,
				List.of(text("report.column.youths", locale), text("report.column.sharePercent", locale)),
				List.of("youths", "sharePercent"), List.of(count, share), Unit.SHARE, Chart.NONE);
	}

	/**
	 * Working hours, direct hours and the share per month and for the period, beside the
	 * target.
	 */
	Table directTime(Figures figures, ReportingPeriod period, Locale locale) {
		var view = figures.directTime();
		var rows = new LinkedHashMap<String, String>();
		var hours = new HashMap<String, Long>();
		var direct = new HashMap<String, Long>();
		var share = new HashMap<String, Long>();
		var target = new HashMap<String, Long>();
		for (var m : view.months()) {
			var key = m.month().toString();
			rows.put(key, monthLabel(m.month(), period, locale));
			put(key, m, view.targetPercent(), hours, direct, share, target);
		}
		rows.put("whole", text("report.row.wholePeriod", locale));
		put("whole", view.whole(), view.targetPercent(), hours, direct, share, target);
		return Table.of("directTime", text("report.table.directTime", locale), text("report.heading.month", locale),
				rows,
				List.of(text("report.column.workingHours", locale), text("report.column.directHours", locale),
						text("report.column.directShare", locale), text("report.column.target", locale)),
				List.of("workingHours", "directHours", "sharePercent", "targetPercent"),
				List.of(hours, direct, share, target), Unit.HOURS, Chart.NONE);
	}

	/**
	 * {@code priorityMovementsPerYouth} of the API: by {@code from>to}, {@code new} and
	 * {@code left} for none.
	 */
	static List<Map<String, Object>> movementsJson(Figures figures) {
		return figures.movements().stream().map(m -> {
			var entry = new LinkedHashMap<String, Object>();
			entry.put("from", m.from() == null ? "new" : m.from().name().toLowerCase());
			entry.put("to", m.to() == null ? "left" : m.to().name().toLowerCase());
			entry.put("youths", m.youths());
			return (Map<String, Object>) entry;
		})
			.sorted(java.util.Comparator.comparing((Map<String, Object> e) -> e.get("from") + ">" + e.get("to")))
			.toList();
	}

	/**
	 * {@code worryingDevelopmentShares} of the API: the shares leave the team, so small
	 * counts are suppressed, and a share with its count.
	 */
	List<Map<String, Object>> sharesJson(Figures figures) {
		var shares = worryingShares(figures, Locale.ROOT).published();
		var levels = SchoolLevel.values();
		var rows = new ArrayList<Map<String, Object>>();
		for (int r = 0; r < levels.length; r++) {
			var row = new LinkedHashMap<String, Object>();
			row.put("schoolLevel", levels[r].name().toLowerCase());
			row.put("youths", shares.hidden(r, 0) ? null : shares.values()[r][0]);
			row.put("sharePercent", shares.hidden(r, 1) ? null : shares.values()[r][1]);
			row.put("suppressed", shares.hidden(r, 0));
			rows.add(row);
		}
		return rows;
	}

	private static void put(String key, DirectTimes.Month m, int targetPercent, Map<String, Long> hours,
			Map<String, Long> direct, Map<String, Long> share, Map<String, Long> target) {
		hours.put(key, Math.round(m.workingMinutes() / 60.0));
		direct.put(key, Math.round(m.directMinutes() / 60.0));
		var percent = m.sharePercent();
		share.put(key, percent == null ? 0L : percent);
		target.put(key, (long) targetPercent);
	}

	static String monthLabel(YearMonth month, ReportingPeriod period, Locale locale) {
		return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
				+ (period.isCalendarYear() ? "" : " " + month.getYear());
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
