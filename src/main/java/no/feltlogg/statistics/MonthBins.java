package no.feltlogg.statistics;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import no.feltlogg.shared.Suppression;

/**
 * Counts of one kind month by month, each month suppressed on its own as a table over
 * keys that do not depend on which run of months is asked for (ADR 0028). A month's table
 * has every key of the municipality's code list, and any other key its own data has, in
 * sorted order; so the same month is hidden the same way in every view that holds it. A
 * month that counts nothing hides nothing.
 */
final class MonthBins {

	/** The only row of a month that is a list of counts (one row, a column per key). */
	static final String ALL = "";

	private record Bin(Map<String, Integer> rows, Map<String, Integer> columns, Suppression.Result result) {
	}

	private final Map<YearMonth, Bin> bins;

	/**
	 * The rows and columns a narrowed view keeps (null: all); totals over fewer are sums
	 * of shown cells only.
	 */
	private final java.util.@org.jspecify.annotations.Nullable Set<String> keptRows;

	private final java.util.@org.jspecify.annotations.Nullable Set<String> keptColumns;

	private MonthBins(Map<YearMonth, Bin> bins, java.util.@org.jspecify.annotations.Nullable Set<String> keptRows,
			java.util.@org.jspecify.annotations.Nullable Set<String> keptColumns) {
		this.bins = bins;
		this.keptRows = keptRows;
		this.keptColumns = keptColumns;
	}

	/**
	 * The same months' bins for a view that keeps only some rows or columns (an SLT
	 * area's areas): a cell is shown as the whole municipality's month shows it, and a
	 * total over fewer rows or columns than the month's is shown only where every cell it
	 * adds up is shown, so the narrowed view shows nothing the whole view does not give.
	 */
	MonthBins narrowed(java.util.@org.jspecify.annotations.Nullable Set<String> rows,
			java.util.@org.jspecify.annotations.Nullable Set<String> columns) {
		return new MonthBins(bins, rows, columns);
	}

	/** Months of counts: month → row key → column key → count. */
	MonthBins(Map<YearMonth, Map<String, Map<String, Long>>> counts, Collection<String> rowKeys,
			Collection<String> columnKeys) {
		this(new HashMap<YearMonth, Bin>(), (java.util.Set<String>) null, (java.util.Set<String>) null);
		counts.forEach((month, table) -> {
			var rows = new TreeSet<>(rowKeys);
			var columns = new TreeSet<>(columnKeys);
			table.forEach((row, line) -> {
				rows.add(row);
				columns.addAll(line.keySet());
			});
			var rowIndex = index(rows);
			var columnIndex = index(columns);
			var values = new long[rows.size()][columns.size()];
			table.forEach((row, line) -> line
				.forEach((column, count) -> values[rowIndex.get(row)][columnIndex.get(column)] += count));
			bins.put(month, new Bin(rowIndex, columnIndex, Suppression.apply(values)));
		});
	}

	/** Months of one-row counts: month → column key → count. */
	static MonthBins ofLists(Map<YearMonth, Map<String, Long>> counts, Collection<String> keys) {
		var tables = new HashMap<YearMonth, Map<String, Map<String, Long>>>();
		counts.forEach((month, line) -> tables.put(month, Map.of(ALL, line)));
		return new MonthBins(tables, List.of(ALL), keys);
	}

	boolean cellShown(YearMonth month, String row, String column) {
		var bin = bins.get(month);
		if (bin == null || !bin.rows().containsKey(row) || !bin.columns().containsKey(column)) {
			return true;
		}
		return !bin.result().hidden(bin.rows().get(row), bin.columns().get(column));
	}

	boolean rowTotalShown(YearMonth month, String row) {
		var bin = bins.get(month);
		if (bin == null || !bin.rows().containsKey(row)) {
			return true;
		}
		if (keptColumns != null) {
			return bin.columns()
				.keySet()
				.stream()
				.filter(keptColumns::contains)
				.allMatch(c -> cellShown(month, row, c));
		}
		return bin.result().rowTotalsHidden()[bin.rows().get(row)] == Suppression.Hidden.NO;
	}

	boolean columnTotalShown(YearMonth month, String column) {
		var bin = bins.get(month);
		if (bin == null || !bin.columns().containsKey(column)) {
			return true;
		}
		if (keptRows != null) {
			return bin.rows().keySet().stream().filter(keptRows::contains).allMatch(r -> cellShown(month, r, column));
		}
		return bin.result().columnTotalsHidden()[bin.columns().get(column)] == Suppression.Hidden.NO;
	}

	/** The month's total over its whole table (for a one-row month, the row's total). */
	boolean totalShown(YearMonth month) {
		var bin = bins.get(month);
		if (bin == null) {
			return true;
		}
		if (keptRows != null || keptColumns != null) {
			return bin.rows()
				.keySet()
				.stream()
				.filter(r -> keptRows == null || keptRows.contains(r))
				.allMatch(r -> bin.columns()
					.keySet()
					.stream()
					.filter(c -> keptColumns == null || keptColumns.contains(c))
					.allMatch(c -> cellShown(month, r, c)));
		}
		return bin.rows().size() == 1 ? bin.result().rowTotalsHidden()[0] == Suppression.Hidden.NO
				: bin.result().grandTotalHidden() == Suppression.Hidden.NO;
	}

	private static Map<String, Integer> index(Collection<String> keys) {
		var index = new HashMap<String, Integer>();
		for (var key : keys) {
			index.put(key, index.size());
		}
		return index;
	}

}
