package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Gender;

/**
 * A good line of an import file, checked and resolved, as it goes into the staging table:
 * the time as epoch seconds and as Oslo's day and hour, the arena and theme codes in
 * lower case, and the area and place as ids (real ones, or the placeholders of codes the
 * import will create).
 */
record ImportLine(long line, long epochSecond, LocalDate localDate, int localHour, String arena, @Nullable UUID areaId,
		@Nullable UUID placeId, List<String> themes, Gender gender, String ageBand, int count, String sourceId) {
}
