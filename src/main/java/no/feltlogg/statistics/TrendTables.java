package no.feltlogg.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.feltlogg.shared.Suppression;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;

/**
 * Builds the SLT tables from months suppressed on their own ({@link MonthBins}, ADR
 * 0028): each figure shown is a sum of figures the single months show, so no two views —
 * overlapping runs of months, a run and its months — can be subtracted to give a hidden
 * count. Keys that count nothing and hide nothing in the run are left out.
 */
final class TrendTables {

	private TrendTables() {
	}

	/**
	 * Rows are the run's months, columns the keys; each month is its own one-row bin.
	 * Keys that count nothing and hide nothing are left out where {@code dropEmptyKeys}.
	 */
	static Table byMonth(String id, String title, String rowHeading, Map<YearMonth, String> months, List<String> keys,
			Function<String, String> label, Map<YearMonth, Map<String, Long>> counts, MonthBins bins,
			boolean dropEmptyKeys, Unit unit, Chart chart) {
		var monthList = new ArrayList<>(months.keySet());
		var values = new long[monthList.size()][keys.size()];
		for (int r = 0; r < monthList.size(); r++) {
			var line = counts.getOrDefault(monthList.get(r), Map.of());
			for (int c = 0; c < keys.size(); c++) {
				values[r][c] = line.getOrDefault(keys.get(c), 0L);
			}
		}
		var result = Suppression.composed(values,
				(r, c) -> bins.cellShown(monthList.get(r), MonthBins.ALL, keys.get(c)),
				r -> bins.totalShown(monthList.get(r)),
				c -> monthList.stream().allMatch(m -> bins.cellShown(m, MonthBins.ALL, keys.get(c))),
				monthList.stream().allMatch(bins::totalShown));
		return keep(id, title, rowHeading, new ArrayList<>(months.values()), keys, label, values, result, false,
				dropEmptyKeys, unit, chart);
	}

	/**
	 * Rows and columns are keys of two-way monthly bins; every figure is summed over the
	 * run's months.
	 */
	static Table summed(String id, String title, String rowHeading, List<YearMonth> months, List<String> rowKeys,
			Function<String, String> rowLabel, List<String> columnKeys, Function<String, String> columnLabel,
			long[][] values, MonthBins bins, Unit unit, Chart chart) {
		var result = Suppression.composed(values,
				(r, c) -> months.stream().allMatch(m -> bins.cellShown(m, rowKeys.get(r), columnKeys.get(c))),
				r -> months.stream().allMatch(m -> bins.rowTotalShown(m, rowKeys.get(r))),
				c -> months.stream().allMatch(m -> bins.columnTotalShown(m, columnKeys.get(c))),
				months.stream().allMatch(bins::totalShown));
		return keep(id, title, rowHeading, rowKeys.stream().map(rowLabel).toList(), columnKeys, columnLabel, values,
				result, true, true, unit, chart);
	}

	/**
	 * Rows are the keys of one-row monthly bins, each column the same keys summed over
	 * its own months (the year before and the run itself).
	 */
	static Table keysOverRuns(String id, String title, String rowHeading, List<String> keys,
			Function<String, String> label, List<String> columns, List<List<YearMonth>> monthsOfColumn,
			Map<YearMonth, Map<String, Long>> counts, MonthBins bins, Unit unit, Chart chart) {
		var values = new long[keys.size()][columns.size()];
		for (int r = 0; r < keys.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				for (var m : monthsOfColumn.get(c)) {
					values[r][c] += counts.getOrDefault(m, Map.of()).getOrDefault(keys.get(r), 0L);
				}
			}
		}
		var result = Suppression.composed(values,
				(r, c) -> monthsOfColumn.get(c).stream().allMatch(m -> bins.cellShown(m, MonthBins.ALL, keys.get(r))),
				r -> monthsOfColumn.stream()
					.flatMap(List::stream)
					.allMatch(m -> bins.cellShown(m, MonthBins.ALL, keys.get(r))),
				c -> monthsOfColumn.get(c).stream().allMatch(bins::totalShown),
				monthsOfColumn.stream().flatMap(List::stream).allMatch(bins::totalShown));
		return keep(id, title, rowHeading, keys.stream().map(label).toList(), columns, Function.identity(), values,
				result, true, false, unit, chart);
	}

	/**
	 * One team's months under the keys (ADR 0043): a cell is shown only where the whole
	 * municipality's month shows it and no team's part of it is small, so every part of a
	 * cell shown for one team is shown for every team and adds up to the whole view's
	 * figure. A month's total is shown only where every cell of it is.
	 */
	static Table ofTeam(String id, String title, String rowHeading, Map<YearMonth, String> months, List<String> keys,
			Function<String, String> label, Map<java.util.UUID, Map<YearMonth, Map<String, Long>>> perTeam,
			java.util.UUID team, MonthBins whole, Unit unit, Chart chart) {
		var monthList = new ArrayList<>(months.keySet());
		var values = new long[monthList.size()][keys.size()];
		var shown = new boolean[monthList.size()][keys.size()];
		var own = perTeam.getOrDefault(team, Map.of());
		for (int r = 0; r < monthList.size(); r++) {
			var month = monthList.get(r);
			for (int c = 0; c < keys.size(); c++) {
				var key = keys.get(c);
				values[r][c] = own.getOrDefault(month, Map.of()).getOrDefault(key, 0L);
				shown[r][c] = whole.cellShown(month, MonthBins.ALL, key) && perTeam.values()
					.stream()
					.noneMatch(t -> isSmall(t.getOrDefault(month, Map.of()).getOrDefault(key, 0L)));
			}
		}
		var result = Suppression.composed(values, (r, c) -> shown[r][c], r -> allTrue(shown[r]),
				c -> java.util.stream.IntStream.range(0, monthList.size()).allMatch(r -> shown[r][c]),
				java.util.Arrays.stream(shown).allMatch(TrendTables::allTrue));
		return keep(id, title, rowHeading, new ArrayList<>(months.values()), keys, label, values, result, false, true,
				unit, chart);
	}

	private static boolean isSmall(long value) {
		return value > 0 && value < Suppression.THRESHOLD;
	}

	private static boolean allTrue(boolean[] line) {
		for (var b : line) {
			if (!b) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Encounters month by month under the keys: the code list's and any other the months
	 * count.
	 */
	static Table monthly(String id, String title, String heading, Map<YearMonth, String> months,
			Map<YearMonth, Map<String, Long>> counts, java.util.SortedSet<String> keys, MonthBins bins) {
		// columns: the keys' names (areas of several teams with one name become one
		// column)
		var columns = new java.util.TreeSet<>(keys);
		counts.values().forEach(line -> columns.addAll(line.keySet()));
		return byMonth(id, title, heading, months, new ArrayList<>(columns), c -> c, counts, bins, true,
				Unit.ENCOUNTERS, Chart.LINE);
	}

	/** Two-way counts month by month, summed over the run. */
	static Table summedCounts(String id, String title, String heading, List<YearMonth> months, List<String> rows,
			java.util.function.Function<String, String> rowLabel, List<String> columns,
			java.util.function.Function<String, String> columnLabel,
			Map<YearMonth, Map<String, Map<String, Long>>> counts, MonthBins bins, Unit unit, Chart chart) {
		var values = new long[rows.size()][columns.size()];
		for (var m : months) {
			counts.getOrDefault(m, Map.of()).forEach((row, line) -> line.forEach((column, count) -> {
				int r = rows.indexOf(row);
				int c = columns.indexOf(column);
				if (r >= 0 && c >= 0) {
					values[r][c] += count;
				}
			}));
		}
		return summed(id, title, heading, months, rows, rowLabel, columns, columnLabel, values, bins, unit, chart);
	}

	/**
	 * The table with the rows and columns (where asked) left out that count nothing and
	 * hide nothing: a reader knows such a line is all zeros, so leaving it out tells
	 * nothing new.
	 */
	private static Table keep(String id, String title, String rowHeading, List<String> rowLabels,
			List<String> columnKeys, Function<String, String> columnLabel, long[][] values, Suppression.Result result,
			boolean dropRows, boolean dropColumns, Unit unit, Chart chart) {
		var rows = new ArrayList<Integer>();
		for (int r = 0; r < values.length; r++) {
			if (!dropRows || result.rowTotals()[r] != 0 || result.rowTotalsHidden()[r] != Suppression.Hidden.NO
					|| anyHidden(result.cells()[r])) {
				rows.add(r);
			}
		}
		var columns = new ArrayList<Integer>();
		for (int c = 0; c < columnKeys.size(); c++) {
			boolean hidden = result.columnTotalsHidden()[c] != Suppression.Hidden.NO;
			for (int r = 0; r < values.length && !hidden; r++) {
				hidden = result.cells()[r][c] != Suppression.Hidden.NO;
			}
			if (!dropColumns || hidden || result.columnTotals()[c] != 0) {
				columns.add(c);
			}
		}
		var keptValues = new long[rows.size()][columns.size()];
		var cells = new Suppression.Hidden[rows.size()][columns.size()];
		var rowTotals = new long[rows.size()];
		var rowTotalsHidden = new Suppression.Hidden[rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				keptValues[r][c] = values[rows.get(r)][columns.get(c)];
				cells[r][c] = result.cells()[rows.get(r)][columns.get(c)];
			}
			rowTotals[r] = result.rowTotals()[rows.get(r)];
			rowTotalsHidden[r] = result.rowTotalsHidden()[rows.get(r)];
		}
		var columnTotals = new long[columns.size()];
		var columnTotalsHidden = new Suppression.Hidden[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			columnTotals[c] = result.columnTotals()[columns.get(c)];
			columnTotalsHidden[c] = result.columnTotalsHidden()[columns.get(c)];
		}
		var kept = new Suppression.Result(keptValues, cells, rowTotals, rowTotalsHidden, columnTotals,
				columnTotalsHidden, result.grandTotal(), result.grandTotalHidden());
		return new Table(id, title, rowHeading, rows.stream().map(rowLabels::get).toList(),
				columns.stream().map(c -> columnLabel.apply(columnKeys.get(c))).toList(), keptValues, unit, chart,
				kept);
	}

	private static boolean anyHidden(Suppression.Hidden[] line) {
		for (var h : line) {
			if (h != Suppression.Hidden.NO) {
				return true;
			}
		}
		return false;
	}

}
