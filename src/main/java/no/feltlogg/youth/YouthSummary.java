package no.feltlogg.youth;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Gender;

/**
 * A registered youth as other modules see it: enough to show and count, nothing from the
 * journal.
 */
public record YouthSummary(UUID id, UUID teamId, String name, @Nullable LocalDate birthDate, int birthYear,
		Gender gender, @Nullable UUID schoolId, YouthStatus status, @Nullable PriorityLevel priority,
		boolean restricted) {

	/**
	 * Age on a day; from the birth year alone when that is all that is known (the age
	 * reached this year).
	 */
	public int ageOn(LocalDate day) {
		if (birthDate != null) {
			return Period.between(birthDate, day).getYears();
		}
		return day.getYear() - birthYear;
	}

	public boolean isActive() {
		return status == YouthStatus.ACTIVE;
	}

}
