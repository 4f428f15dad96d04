package no.feltlogg.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What was done towards one goal of the plan on a day, with the hours it took. */
public record FollowUp(UUID id, UUID goalId, LocalDate doneOn, BigDecimal hours, String note, UUID recordedBy,
		Instant recordedAt) {
}
