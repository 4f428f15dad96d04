package no.feltlogg.statistics;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The trends of a run of months, with the change against the same months a year earlier,
 * each month's base (how many teams counted encounters in it, whether imported history is
 * in it), and the team the view is narrowed to.
 */
public record TrendsView(YearMonth from, YearMonth to, List<Table> tables, List<String> changes, List<TrendsBase> base,
		@Nullable String team) {

	public TrendsView(YearMonth from, YearMonth to, List<Table> tables, List<String> changes) {
		this(from, to, tables, changes, List.of(), null);
	}

	/** Whether a table's row totals add up to something a reader may take as a total. */
	public boolean summable(Table table) {
		return Trends.SUMMABLE.contains(table.id()) && table.hasRowTotals();
	}

	/**
	 * Whether a table hides any figure (then its legend for "<5" and "×" is printed
	 * beside it).
	 */
	public boolean hidesAny(Table table) {
		for (int r = 0; r < table.rows().size(); r++) {
			for (int c = 0; c < table.columns().size(); c++) {
				if (table.hidden(r, c)) {
					return true;
				}
			}
			if (summable(table) && !table.rowTotal(r).chars().allMatch(Character::isDigit)) {
				return true;
			}
		}
		return false;
	}

	/** The months of the run that hold imported history, in words. */
	public List<String> importedMonths() {
		return base.stream().filter(TrendsBase::imported).map(TrendsBase::label).toList();
	}

}
