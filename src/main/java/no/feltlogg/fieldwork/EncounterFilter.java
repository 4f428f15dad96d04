package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

import no.feltlogg.shared.FormDates;

/**
 * The filters of the team's encounter list; the period defaults to the current month. An
 * arena or theme left at "all" (the empty choice) is none.
 */
record EncounterFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID areaId, @Nullable UUID placeId,
		@Nullable String arena, @Nullable String theme, @Nullable UUID workerId) {

	EncounterFilter {
		arena = StringUtils.hasText(arena) ? arena : null;
		theme = StringUtils.hasText(theme) ? theme : null;
	}

	EncounterFilter withPeriodDefaults(LocalDate today) {
		// a date outside the years 1900-2100 in a hand-made link is taken as not given,
		// as in the forms
		var first = from != null && FormDates.inRange(from) ? from : today.withDayOfMonth(1);
		var last = to != null && FormDates.inRange(to) ? to : today;
		return new EncounterFilter(first, last.isBefore(first) ? first : last, areaId, placeId, arena, theme, workerId);
	}

}
