package no.feltlogg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FormDatesTest {

	@Test
	void aDateIsTypedDayMonthYearWithOrWithoutLeadingZeros() {
		assertThat(FormDates.parse("1.2.2025")).contains(LocalDate.of(2025, 2, 1));
		assertThat(FormDates.parse(" 01.02.2025 ")).contains(LocalDate.of(2025, 2, 1));
		assertThat(FormDates.format(LocalDate.of(2025, 2, 1))).isEqualTo("01.02.2025");
	}

	@Test
	void whatIsNotADateAnyoneMeansIsNone() {
		assertThat(FormDates.parse("31.2.2025")).isEmpty();
		assertThat(FormDates.parse("2025-02-01")).isEmpty();
		assertThat(FormDates.parse("1.1.20250")).isEmpty();
		assertThat(FormDates.parse("1.1.0025")).isEmpty();
		assertThat(FormDates.parse("  ")).isEmpty();
		assertThat(FormDates.parse(null)).isEmpty();
	}

	@Test
	void pastOrTodayRefusesTomorrowInOslo() {
		var today = LocalDate.now(Oslo.ZONE);
		assertThat(FormDates.pastOrToday(FormDates.format(today))).contains(today);
		assertThat(FormDates.pastOrToday(FormDates.format(today.plusDays(1)))).isEmpty();
		assertThat(FormDates.today()).isEqualTo(FormDates.format(today));
	}

}
