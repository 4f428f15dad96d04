package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * An encounter as typed on the phone. {@code counts} is keyed {@code GENDER:ageBand} (for
 * example {@code GIRL:12-15}); {@code youthIds} names registered youths met;
 * {@code schoolId} is one of the team's schools, kept only when the arena is
 * {@code school}.
 */
record EncounterForm(@NotNull @FormYear LocalDate date, @NotNull LocalTime time, @NotBlank String arena,
		@Nullable UUID areaId, @Nullable UUID placeId, @Nullable Platform platform,
		@Nullable Map<String, String> counts, @Nullable List<String> themes, @Nullable @Size(max = 500) String note,
		@Nullable List<UUID> youthIds, @Nullable UUID schoolId, @Nullable Long version) {

	/**
	 * Fills what the worker did not give with the defaults (now, the shift's arena and
	 * area, the last place).
	 */
	EncounterForm withDefaults(EncounterForm defaults) {
		return new EncounterForm(date != null ? date : defaults.date, time != null ? time : defaults.time,
				arena != null && !arena.isBlank() ? arena : defaults.arena, areaId != null ? areaId : defaults.areaId,
				placeId != null ? placeId : defaults.placeId, platform, counts != null ? counts : Map.of(),
				themes != null ? themes : List.of(), note, youthIds != null ? youthIds : List.of(), schoolId, version);
	}

	/**
	 * The count as typed, so that a wrong entry is shown back as it was; 0 where nothing
	 * was typed.
	 */
	public String count(String key) {
		if (counts == null) {
			return "0";
		}
		var value = counts.get(key);
		return value == null || value.isBlank() ? "0" : value;
	}

	public boolean hasTheme(String code) {
		return themes != null && themes.contains(code);
	}

}
