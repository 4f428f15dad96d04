package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Issue #17: a shift's direct time is what the worker entered, never assumed. */
class DirectTimeEnteredTest {

	/**
	 * Seen failing on the code before it: the shift's direct minutes defaulted to its
	 * whole length (240).
	 */
	@Test
	void aShiftEndedWithoutDirectMinutesHasNoneAssumed() {
		var start = Instant.parse("2026-03-06T17:00:00Z");
		var shift = new Shift(UUID.randomUUID(), UUID.randomUUID(), start, "street", Set.of(), start);
		shift.end(start.plusSeconds(4 * 3600), null);
		assertThat(shift.getDirectMinutes()).isNull();

		var entered = new Shift(UUID.randomUUID(), UUID.randomUUID(), start, "street", Set.of(), start);
		entered.end(start.plusSeconds(4 * 3600), 150);
		assertThat(entered.getDirectMinutes()).isEqualTo(150);
	}

}
