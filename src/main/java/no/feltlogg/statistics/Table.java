package no.feltlogg.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Suppression;

/**
 * One table of a report: rows × columns of counts, with its title and labels already in
 * words. The same table feeds the page, its chart, the PDF, the spreadsheet, the CSV and
 * the API. {@link #published()} gives the table with small-number suppression applied,
 * for everything that leaves the team. Beside the words, each row and column has a code
 * ({@link #rowCodes()}, {@link #columnCodes()}) that does not change with the reader's
 * language, for machines (the CSV export); a table built without codes uses its labels as
 * codes.
 */
public record Table(String id, String title, String rowHeading, List<String> rows, List<String> columns,
		long[][] values, Unit unit, Chart chart, Suppression.@Nullable Result suppression, List<String> rowCodes,
		List<String> columnCodes) {

	/**
	 * What a cell counts; small-number suppression applies to counts of youths and
	 * encounters, not to hours.
	 */
	public enum Unit {

		ENCOUNTERS, YOUTHS, OCCURRENCES, HOURS,
		/**
		 * Schools of the team's list (ADR 0036): places, not people, so never suppressed.
		 */
		SCHOOLS,

		/**
		 * Youths in the first column, and each row's share of the whole in per cent in
		 * the second (ADR 0038): published, a share is hidden wherever its count is.
		 */
		SHARE

	}

	/** How the page draws the table's chart. */
	public enum Chart {

		BAR, LINE, NONE

	}

	public Table {
		if (values.length != rows.size() || rowCodes.size() != rows.size() || columnCodes.size() != columns.size()) {
			throw new IllegalArgumentException("Rows, codes and values differ for " + id);
		}
	}

	/** A table whose codes are its labels. */
	public Table(String id, String title, String rowHeading, List<String> rows, List<String> columns, long[][] values,
			Unit unit, Chart chart, Suppression.@Nullable Result suppression) {
		this(id, title, rowHeading, rows, columns, values, unit, chart, suppression, rows, columns);
	}

	/**
	 * The same table, with small numbers hidden as for publication (hours are not counts
	 * of people).
	 */
	public Table published() {
		if (unit == Unit.SHARE && suppression == null) {
			return new Table(id, title, rowHeading, rows, columns, values, unit, chart, sharesSuppressed(), rowCodes,
					columnCodes);
		}
		return suppression != null || unit == Unit.HOURS || unit == Unit.SCHOOLS ? this : new Table(id, title,
				rowHeading, rows, columns, values, unit, chart, Suppression.apply(values), rowCodes, columnCodes);
	}

	/**
	 * The counts suppressed as a published list with its total; each share hidden with
	 * its count.
	 */
	private Suppression.Result sharesSuppressed() {
		var counts = new long[values.length];
		for (int r = 0; r < values.length; r++) {
			counts[r] = values[r][0];
		}
		var byCount = Suppression.apply(counts);
		var cells = new Suppression.Hidden[values.length][columns.size()];
		var rowTotals = new long[values.length];
		var rowTotalsHidden = new Suppression.Hidden[values.length];
		for (int r = 0; r < values.length; r++) {
			var count = byCount.cells()[r][0];
			java.util.Arrays.fill(cells[r], count == Suppression.Hidden.NO ? count : Suppression.Hidden.SECONDARY);
			cells[r][0] = count;
			rowTotals[r] = values[r][0];
			rowTotalsHidden[r] = byCount.cells()[r][0];
		}
		var columnTotals = new long[columns.size()];
		var columnTotalsHidden = new Suppression.Hidden[columns.size()];
		java.util.Arrays.fill(columnTotalsHidden, byCount.grandTotalHidden());
		columnTotals[0] = byCount.grandTotal();
		return new Suppression.Result(values, cells, rowTotals, rowTotalsHidden, columnTotals, columnTotalsHidden,
				byCount.grandTotal(), byCount.grandTotalHidden());
	}

	public boolean isPublished() {
		return suppression != null;
	}

	public boolean hidden(int row, int column) {
		return suppression != null && suppression.hidden(row, column);
	}

	public boolean isSmall(int row, int column) {
		return suppression != null && suppression.cells()[row][column] == Suppression.Hidden.SMALL;
	}

	/**
	 * A cell as a reader sees it: the count, "<5" for a small count, "×" for one hidden
	 * beside it.
	 */
	public String cell(int row, int column) {
		if (suppression == null || !suppression.hidden(row, column)) {
			return Long.toString(values[row][column]);
		}
		return isSmall(row, column) ? "<5" : "×";
	}

	public String rowTotal(int row) {
		long total = 0;
		for (long v : values[row]) {
			total += v;
		}
		if (suppression != null && suppression.rowTotalsHidden()[row] != Suppression.Hidden.NO) {
			return total > 0 && total < Suppression.THRESHOLD ? "<5" : "×";
		}
		return Long.toString(total);
	}

	public long total() {
		long total = 0;
		for (var row : values) {
			for (long v : row) {
				total += v;
			}
		}
		return total;
	}

	public boolean isEmpty() {
		return total() == 0;
	}

	/** Whether the row totals say something the cells do not (more than one column). */
	public boolean hasRowTotals() {
		return columns.size() > 1 && unit != Unit.SHARE;
	}

	/**
	 * Builds a table from keyed counts, rows in the given order (labels by key), one
	 * column per series.
	 */
	public static Table of(String id, String title, String rowHeading, Map<String, String> rowLabels,
			List<String> columns, List<Map<String, Long>> series, Unit unit, Chart chart) {
		return of(id, title, rowHeading, rowLabels, columns, columns, series, unit, chart);
	}

	/**
	 * The same, with a code beside each column's label (one column per series, in order).
	 */
	public static Table of(String id, String title, String rowHeading, Map<String, String> rowLabels,
			List<String> columns, List<String> columnCodes, List<Map<String, Long>> series, Unit unit, Chart chart) {
		var rows = new ArrayList<String>();
		var values = new ArrayList<long[]>();
		for (var entry : rowLabels.entrySet()) {
			var line = new long[series.size()];
			for (int c = 0; c < series.size(); c++) {
				line[c] = series.get(c).getOrDefault(entry.getKey(), 0L);
			}
			rows.add(entry.getValue());
			values.add(line);
		}
		return new Table(id, title, rowHeading, rows, columns, values.toArray(long[][]::new), unit, chart, null,
				new ArrayList<>(rowLabels.keySet()), columnCodes);
	}

}
