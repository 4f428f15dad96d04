package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The area meeting's extract: for the areas chosen and a window of days, the field
 * observations by kind and ISO week, their notes (already anonymous), and beside them the
 * encounters' volume by week and their themes. For the SLT coordinator the counts are
 * suppressed and there are no notes ({@link #notes} is empty, {@link #suppressed} true).
 */
public record AreaExtract(List<String> areas, LocalDate from, LocalDate to, List<ExtractTable> tables, List<Note> notes,
		boolean suppressed) {

	/** A field observation's note, with its day, area and what was seen. */
	public record Note(LocalDate date, String area, String kinds, String severity, @Nullable String note) {
	}

}
