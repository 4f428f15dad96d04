package no.feltlogg.fieldwork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.feltlogg.fieldwork.ImportOutcome.LineError;
import no.feltlogg.fieldwork.ImportOutcome.Problem;

/**
 * The bad lines of an import, from the file and from the checks in the database: how many
 * there are in all, and the first {@value #MAX_REPORTED} of them in line order. Memory
 * stays bounded however many lines are bad.
 */
final class ImportErrors {

	/**
	 * Bad lines reported in full; {@link ImportOutcome#errorCount()} tells how many there
	 * were in all.
	 */
	static final int MAX_REPORTED = 1000;

	private final List<LineError> first = new ArrayList<>();

	private long count;

	void add(long line, List<Problem> problems) {
		add(new LineError(line, List.copyOf(problems)));
	}

	void add(LineError error) {
		count++;
		first.add(error);
		if (first.size() > 2 * MAX_REPORTED) {
			trim();
		}
	}

	long count() {
		return count;
	}

	/** The first bad lines, in line order. */
	List<LineError> sorted() {
		trim();
		return List.copyOf(first);
	}

	private void trim() {
		first.sort(Comparator.comparingLong(LineError::line));
		if (first.size() > MAX_REPORTED) {
			first.subList(MAX_REPORTED, first.size()).clear();
		}
	}

}
