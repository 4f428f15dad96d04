package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The extract's columns are ISO weeks, also across the turn of the year. */
class AreaExtractWeeksTest {

	@Test
	void sixWeeksOverNewYearAreSixOrSevenIsoWeeksInOrder() {
		assertThat(AreaExtracts.weeks(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4))).containsExactly("2026-W53",
				"2027-W01");
		var weeks = AreaExtracts.weeks(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 11));
		assertThat(weeks).hasSize(6).startsWith("2025-W49").endsWith("2026-W02");
		assertThat(AreaExtracts.weeks(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))).containsExactly("2026-W01");
	}

}
