package no.feltlogg.fieldwork;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Suppression;

/**
 * One table of the area meeting's extract: rows × columns of counts with labels in words;
 * with small-number suppression when it is for the SLT coordinator (a small cell is shown
 * "&lt;5", one hidden beside it "×").
 */
public record ExtractTable(String id, String title, String rowHeading, List<String> rows, List<String> columns,
		long[][] values, Suppression.@Nullable Result suppression) {

	static ExtractTable of(String id, String title, String rowHeading, List<String> rows, List<String> columns,
			long[][] values, boolean suppressed) {
		return new ExtractTable(id, title, rowHeading, List.copyOf(rows), List.copyOf(columns), values,
				suppressed && values.length > 0 ? Suppression.apply(values) : null);
	}

	public boolean isSuppressed() {
		return suppression != null;
	}

	public boolean hidden(int row, int column) {
		return suppression != null && suppression.hidden(row, column);
	}

	public String cell(int row, int column) {
		if (!hidden(row, column)) {
			return Long.toString(values[row][column]);
		}
		return suppression.cells()[row][column] == Suppression.Hidden.SMALL ? "<5" : "×";
	}

	public boolean isEmpty() {
		for (var row : values) {
			for (long v : row) {
				if (v != 0) {
					return false;
				}
			}
		}
		return true;
	}

}
