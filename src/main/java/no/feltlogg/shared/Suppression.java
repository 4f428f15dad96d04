package no.feltlogg.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;

/**
 * Small-number suppression for everything that leaves the team (SLT pages, exports marked
 * for publication).
 * <p>
 * A table is published with its row totals, column totals and grand total. The first pass
 * hides every cell from 1 to {@value #THRESHOLD}−1 (shown as "&lt;5"); zeros stay, since
 * they describe nobody. The second pass makes sure no hidden value can be worked out from
 * the totals: in every row and every column, totals included, a hidden entry never stands
 * alone, so while one does, the smallest visible entry beside it is hidden too. Totals
 * themselves are hidden when a line has nothing else left to hide.
 * <p>
 * What "a count" means is the caller's: distinct youths where the figure is about
 * registered youths, encounters otherwise.
 */
public final class Suppression {

	public static final int THRESHOLD = 5;

	private Suppression() {
	}

	/**
	 * Why a cell is hidden: it was small itself, or it had to go so that a small one
	 * cannot be recovered.
	 */
	public enum Hidden {

		NO, SMALL, SECONDARY

	}

	/**
	 * A published table: cells with their row and column totals and grand total, each
	 * maybe hidden.
	 */
	public record Result(long[][] values, Hidden[][] cells, long[] rowTotals, Hidden[] rowTotalsHidden,
			long[] columnTotals, Hidden[] columnTotalsHidden, long grandTotal, Hidden grandTotalHidden) {

		public boolean hidden(int row, int column) {
			return cells[row][column] != Hidden.NO;
		}

	}

	/**
	 * Suppresses a table of counts given as rows × columns (all rows the same length,
	 * counts not negative).
	 */
	public static Result apply(long[][] table) {
		int rows = table.length;
		int columns = rows == 0 ? 0 : table[0].length;
		// the extended matrix: cells, a totals column at index `columns` and a totals row
		// at index `rows`
		long[][] value = new long[rows + 1][columns + 1];
		Hidden[][] hidden = new Hidden[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				hidden[r][c] = Hidden.NO;
			}
		}
		for (int r = 0; r < rows; r++) {
			if (table[r].length != columns) {
				throw new IllegalArgumentException("Rows of different length");
			}
			for (int c = 0; c < columns; c++) {
				if (table[r][c] < 0) {
					throw new IllegalArgumentException("Negative count");
				}
				value[r][c] = table[r][c];
				value[r][columns] += table[r][c];
				value[rows][c] += table[r][c];
				value[rows][columns] += table[r][c];
			}
		}
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				if (isSmall(value[r][c])) {
					hidden[r][c] = Hidden.SMALL;
				}
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int r = 0; r <= rows; r++) {
				changed |= protect(line(r, true, rows, columns), value, hidden);
			}
			for (int c = 0; c <= columns; c++) {
				changed |= protect(line(c, false, rows, columns), value, hidden);
			}
		}
		var cells = new Hidden[rows][columns];
		var values = new long[rows][columns];
		var rowTotals = new long[rows];
		var rowTotalsHidden = new Hidden[rows];
		var columnTotals = new long[columns];
		var columnTotalsHidden = new Hidden[columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				cells[r][c] = hidden[r][c];
				values[r][c] = value[r][c];
			}
			rowTotals[r] = value[r][columns];
			rowTotalsHidden[r] = hidden[r][columns];
		}
		for (int c = 0; c < columns; c++) {
			columnTotals[c] = value[rows][c];
			columnTotalsHidden[c] = hidden[rows][c];
		}
		return new Result(values, cells, rowTotals, rowTotalsHidden, columnTotals, columnTotalsHidden,
				value[rows][columns], hidden[rows][columns]);
	}

	/**
	 * Suppresses a single list of counts published with its total (a one-column table).
	 */
	public static Result apply(long[] column) {
		var table = new long[column.length][1];
		for (int i = 0; i < column.length; i++) {
			table[i][0] = column[i];
		}
		return apply(table);
	}

	/**
	 * A table whose figures add up figures published elsewhere on their own (ADR 0028:
	 * each month of an SLT view is suppressed by itself, and a figure over several months
	 * is made of those). An entry is shown only when it is not small and every figure it
	 * adds up is shown where that is published; so whatever a table built this way shows
	 * is a sum of figures shown anyway, and two such tables cannot differ by a hidden
	 * count.
	 */
	public static Result composed(long[][] table, BiPredicate<Integer, Integer> cellShown, IntPredicate rowTotalShown,
			IntPredicate columnTotalShown, boolean grandTotalShown) {
		int rows = table.length;
		int columns = rows == 0 ? 0 : table[0].length;
		var values = new long[rows][columns];
		var cells = new Hidden[rows][columns];
		var rowTotals = new long[rows];
		var rowTotalsHidden = new Hidden[rows];
		var columnTotals = new long[columns];
		var columnTotalsHidden = new Hidden[columns];
		long grandTotal = 0;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				values[r][c] = table[r][c];
				rowTotals[r] += table[r][c];
				columnTotals[c] += table[r][c];
				grandTotal += table[r][c];
				cells[r][c] = hidden(table[r][c], cellShown.test(r, c));
			}
			rowTotalsHidden[r] = hidden(rowTotals[r], rowTotalShown.test(r));
		}
		for (int c = 0; c < columns; c++) {
			columnTotalsHidden[c] = hidden(columnTotals[c], columnTotalShown.test(c));
		}
		return new Result(values, cells, rowTotals, rowTotalsHidden, columnTotals, columnTotalsHidden, grandTotal,
				hidden(grandTotal, grandTotalShown));
	}

	private static Hidden hidden(long value, boolean shownWhereItIsMadeOf) {
		return isSmall(value) ? Hidden.SMALL : shownWhereItIsMadeOf ? Hidden.NO : Hidden.SECONDARY;
	}

	static boolean isSmall(long value) {
		return value > 0 && value < THRESHOLD;
	}

	/**
	 * The entries of a row (its cells and its total) or of a column (its cells and its
	 * total).
	 */
	private static List<int[]> line(int index, boolean row, int rows, int columns) {
		var entries = new ArrayList<int[]>();
		if (row) {
			for (int c = 0; c <= columns; c++) {
				entries.add(new int[] { index, c });
			}
		}
		else {
			for (int r = 0; r <= rows; r++) {
				entries.add(new int[] { r, index });
			}
		}
		return entries;
	}

	/**
	 * Hides one more entry of a line where exactly one entry is hidden; says whether it
	 * did.
	 */
	private static boolean protect(List<int[]> line, long[][] value, Hidden[][] hidden) {
		if (line.size() < 2) {
			return false;
		}
		int hiddenCount = 0;
		for (var e : line) {
			if (hidden[e[0]][e[1]] != Hidden.NO) {
				hiddenCount++;
			}
		}
		if (hiddenCount != 1) {
			return false;
		}
		int[] best = null;
		for (var e : line) {
			if (hidden[e[0]][e[1]] == Hidden.NO && (best == null || value[e[0]][e[1]] < value[best[0]][best[1]])) {
				best = e;
			}
		}
		if (best == null) {
			return false;
		}
		hidden[best[0]][best[1]] = Hidden.SECONDARY;
		return true;
	}

}
