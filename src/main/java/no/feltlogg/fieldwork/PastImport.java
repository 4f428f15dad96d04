package no.feltlogg.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored import, as the import page lists it: who, when, how many, the days its
 * encounters span, and whether it can be or was undone.
 */
record PastImport(UUID id, Instant importedAt, UUID importedBy, int imported, int skipped, int newAreas, int newPlaces,
		@Nullable LocalDate firstDate, @Nullable LocalDate lastDate, boolean undoable, @Nullable Instant undoneAt) {

	/**
	 * Not undone yet, and its lines are stored apart (imports before ADR 0016 are not).
	 */
	public boolean canBeUndone() {
		return undoable && undoneAt == null;
	}

}
