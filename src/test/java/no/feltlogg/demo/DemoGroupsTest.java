package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The demo's school calendar: groups meet weekly, but not in the school holidays. */
class DemoGroupsTest {

	@Test
	void easterFallsWhereTheAlmanacSaysSo() {
		assertThat(DemoGroups.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(DemoGroups.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(DemoGroups.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
	}

	@Test
	void weeklySessionsSkipTheAutumnBreakChristmasWinterBreakAndEaster() {
		assertThat(DemoGroups.weekly(LocalDate.of(2026, 9, 22), 3)).as("autumn break, week 40")
			.containsExactly(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13));
		assertThat(DemoGroups.weekly(LocalDate.of(2026, 12, 15), 2)).as("Christmas")
			.containsExactly(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 5));
		assertThat(DemoGroups.weekly(LocalDate.of(2027, 2, 16), 2)).as("winter break, week 8")
			.containsExactly(LocalDate.of(2027, 2, 16), LocalDate.of(2027, 3, 2));
		assertThat(DemoGroups.weekly(LocalDate.of(2026, 3, 26), 2)).as("Easter")
			.containsExactly(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 9));
		assertThat(DemoGroups.weekly(LocalDate.of(2026, 6, 16), 2)).as("summer")
			.containsExactly(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 8, 18));
	}

}
