package no.feltlogg.fieldwork;

import java.util.List;

/**
 * What an import of past encounters did, or on a dry run would do. With errors nothing is
 * stored and {@code imported} is 0; {@code errors} holds the first
 * {@link ImportErrors#MAX_REPORTED} bad lines in line order and {@code errorCount} how
 * many there were in all.
 */
record ImportOutcome(boolean dryRun, int imported, int skipped, long errorCount, List<LineError> errors,
		List<String> newAreas, List<String> newPlaces) {

	boolean hasErrors() {
		return errorCount > 0;
	}

	/**
	 * A bad line: its number (the header is line 1, as a spreadsheet counts rows) and
	 * what is wrong with it.
	 */
	record LineError(long line, List<Problem> problems) {
	}

	/** One reason a line is refused, as a message key and its arguments. */
	record Problem(String key, List<Object> args) {

		static Problem messageKey(String key, Object... args) {
			return new Problem(key, List.of(args));
		}

	}

}
