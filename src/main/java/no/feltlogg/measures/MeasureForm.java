package no.feltlogg.measures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A new measure as typed: what child welfare decided and when, the plan (goals one a
 * line, the period, hours a week), the youth's consent, the responsible worker and the
 * evaluation date.
 */
record MeasureForm(@NotBlank @Size(max = 200) String title, @Nullable @NotNull @FormYear LocalDate decidedOn,
		@Nullable @NotNull @FormYear LocalDate startsOn, @Nullable @NotNull @FormYear LocalDate endsOn,
		@NotBlank String hoursPerWeek, @NotBlank @Size(max = 4000) String goals, @Nullable UUID consentId,
		@Nullable @NotNull UUID responsibleId, @Nullable @NotNull @FormYear LocalDate evaluationOn) {

	static final int MAX_GOALS = 10;

	static final int MAX_GOAL_LENGTH = 500;

	/**
	 * Decided and started today, half a year long, evaluated in three months, the user
	 * responsible.
	 */
	static MeasureForm empty(LocalDate today, UUID responsible) {
		return new MeasureForm("", today, today, today.plusMonths(6), "", "", null, responsible, today.plusMonths(3));
	}

	/** The goals typed, one a line, blank lines left out. */
	List<String> goalList() {
		return goals == null ? List.of()
				: Arrays.stream(goals.split("\\R")).map(String::trim).filter(g -> !g.isEmpty()).toList();
	}

}
