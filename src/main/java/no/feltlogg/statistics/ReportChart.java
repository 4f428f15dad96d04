package no.feltlogg.statistics;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report table drawn as a chart, the same on the page and in the PDF (ADR 0042):
 * horizontal bars, one group per row of the table with the row's label written out in
 * full above its bars (a label wraps, it is never cut), one bar per column in the brand's
 * colours (as classes s0–s5 of report.css), the figure written at the end of each bar.
 * Bars are scaled to the largest visible figure, so there is no axis to misprint; a
 * hidden figure ("<5", "×") has no bar, only its sign. A first row that is the sum of the
 * rows under it (all encounters = physical + online) is left out, as it would dwarf its
 * own parts. A table with nothing visible to draw has no chart.
 */
public record ReportChart(String id, String title, List<Series> series, List<Group> groups, boolean hasHidden) {

	/**
	 * The brand's colours (static/css/app.css and report.css), darkest first; each passes
	 * 4.5:1 against white.
	 */
	static final List<String> PALETTE = List.of("#0b4f6c", "#0a6b50", "#8a5a00", "#5b3f8c", "#a4161a", "#2f4858");

	/** The widest bar's length in per cent of its line. */
	static final int WIDEST = 80;

	/** A column of the table, with its colour. */
	public record Series(String label, String colour) {
	}

	/** A row of the table: its label and one bar per column. */
	public record Group(String label, List<Bar> bars) {
	}

	/**
	 * One figure: the text shown (the count, or "<5"/"×"), the bar's length in per cent
	 * of the widest, and its series.
	 */
	public record Bar(String series, String text, double percent, String colour, boolean hidden) {

		/**
		 * The bar's length in steps of one per cent of the line, the widest bar 80 steps
		 * long so that its figure fits beside it: report.css has a class per step (the
		 * page's Content-Security-Policy allows no style attribute).
		 */
		public int step() {
			int step = (int) Math.round(percent * WIDEST / 100);
			return percent > 0 ? Math.max(1, step) : 0;
		}

	}

	/** Whether more than one series is drawn, so that a key to the colours is needed. */
	public boolean hasKey() {
		return series.size() > 1;
	}

	/** The chart of a table, or null when it has none or nothing visible to draw. */
	static @Nullable ReportChart of(Table table) {
		if (table.chart() == Table.Chart.NONE || table.rows().isEmpty() || table.columns().isEmpty()) {
			return null;
		}
		// a share is drawn by its count only: a per cent beside a count would share one
		// scale with it
		int columns = table.unit() == Table.Unit.SHARE ? 1 : table.columns().size();
		int first = isSumOfTheRest(table, columns) ? 1 : 0;
		long widest = 0;
		boolean hidden = false;
		for (int r = first; r < table.rows().size(); r++) {
			for (int c = 0; c < columns; c++) {
				if (table.hidden(r, c)) {
					hidden = true;
				}
				else {
					widest = Math.max(widest, table.values()[r][c]);
				}
			}
		}
		if (widest <= 0) {
			return null;
		}
		var series = new ArrayList<Series>();
		for (int c = 0; c < columns; c++) {
			series.add(new Series(table.columns().get(c), PALETTE.get(c % PALETTE.size())));
		}
		var groups = new ArrayList<Group>();
		for (int r = first; r < table.rows().size(); r++) {
			var bars = new ArrayList<Bar>();
			for (int c = 0; c < columns; c++) {
				boolean cellHidden = table.hidden(r, c);
				double percent = cellHidden ? 0 : 100.0 * table.values()[r][c] / widest;
				bars.add(new Bar(series.get(c).label(), table.cell(r, c), percent, series.get(c).colour(), cellHidden));
			}
			groups.add(new Group(table.rows().get(r), bars));
		}
		return new ReportChart(table.id(), table.title(), series, groups, hidden);
	}

	/**
	 * Whether the first row is, in every column, the sum of at least two rows under it: a
	 * total, not a part.
	 */
	private static boolean isSumOfTheRest(Table table, int columns) {
		if (table.rows().size() < 3) {
			return false;
		}
		for (int c = 0; c < columns; c++) {
			long rest = 0;
			for (int r = 1; r < table.rows().size(); r++) {
				rest += table.values()[r][c];
			}
			if (rest != table.values()[0][c]) {
				return false;
			}
		}
		return true;
	}

}
