package no.feltlogg.measures;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import no.feltlogg.shared.FormErrors;

/**
 * The checks of a measure's forms that need no database: days within their bounds, and
 * the goals of a plan.
 */
final class MeasureChecks {

	private MeasureChecks() {
	}

	/**
	 * A day between two days (both included), or null with an error at the field; a field
	 * already refused stays so.
	 */
	static @Nullable LocalDate within(BindingResult result, String field, @Nullable LocalDate date, LocalDate from,
			LocalDate to, String invalid) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		if (date == null || date.isBefore(from) || date.isAfter(to)) {
			FormErrors.reject(result, field, invalid);
			return null;
		}
		return date;
	}

	/**
	 * The goals, one a line: at least one, at most {@link MeasureForm#MAX_GOALS}, none
	 * too long.
	 */
	static void goals(BindingResult result, List<String> goals) {
		if (result.hasFieldErrors("goals")) {
			return;
		}
		if (goals.isEmpty()) {
			FormErrors.reject(result, "goals", "measures.goals.missing");
		}
		else if (goals.size() > MeasureForm.MAX_GOALS
				|| goals.stream().anyMatch(g -> g.length() > MeasureForm.MAX_GOAL_LENGTH)) {
			FormErrors.reject(result, "goals", "measures.goals.tooMany",
					new Object[] { MeasureForm.MAX_GOALS, MeasureForm.MAX_GOAL_LENGTH }, null);
		}
	}

}
