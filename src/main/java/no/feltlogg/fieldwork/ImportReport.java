package no.feltlogg.fieldwork;

import java.io.Serializable;
import java.util.List;

/**
 * The answer of {@code POST /api/v1/import/encounters}: how many encounters were (or on a
 * dry run would be) imported, how many lines were skipped as imported before, every bad
 * line (the first 1000, in line order) with its reason, how many bad lines there were in
 * all, and the areas and places that are (or would be) created.
 */
record ImportReport(int imported, int skipped, List<Error> errors, long errorCount, Created created,
		boolean dryRun) implements Serializable {

	record Error(long line, String message) implements Serializable {
	}

	record Created(List<String> areas, List<String> places) implements Serializable {
	}

}
