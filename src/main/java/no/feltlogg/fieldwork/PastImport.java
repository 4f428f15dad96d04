package no.feltlogg.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored import, as the import page lists it: who, when, how many, and the days its encounters span. */
record PastImport(Instant importedAt, UUID importedBy, int imported, int skipped, int newAreas, int newPlaces,
		@Nullable LocalDate firstDate, @Nullable LocalDate lastDate) {
}
