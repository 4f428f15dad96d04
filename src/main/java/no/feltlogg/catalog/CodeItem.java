package no.feltlogg.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.SchoolLevel;

/**
 * One entry of a team's code list, as other modules see it. {@code code} is stable
 * (arenas {@code street}, themes {@code alcohol}, age bands {@code 12-15}); {@code label}
 * is what users read. {@code online}: an arena counted as the internet/social-media
 * channel (a property of the team's arena list, ADR 0038).
 */
public record CodeItem(UUID id, CodeKind kind, String code, String label, boolean retired, @Nullable UUID areaId,
		@Nullable SchoolLevel schoolLevel, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable Integer startHour, @Nullable Integer endHour, boolean online) {

	/** For an age band: whether a whole age falls in it. */
	public boolean containsAge(int age) {
		return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
	}

	/**
	 * For a time-of-day band: whether an hour (0-23) falls in it; a band may wrap
	 * midnight (22-08).
	 */
	public boolean containsHour(int hour) {
		if (startHour == null || endHour == null) {
			return false;
		}
		return startHour <= endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
	}

}
