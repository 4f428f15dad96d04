package no.feltlogg.fieldwork;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an encounter says, checked and ready to store; {@code schoolId} only at the school
 * arena.
 */
record EncounterDetails(@Nullable UUID shiftId, Instant occurredAt, String arenaCode, @Nullable UUID areaId,
		@Nullable UUID placeId, @Nullable Platform platform, List<String> themes, @Nullable String note,
		List<TallyCell> counts, List<MetYouth> youths, @Nullable UUID schoolId) {
}
