package no.feltlogg.catalog;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.SchoolLevel;

/**
 * A code as the leader types it; which of the optional fields matter depends on the kind
 * ({@code online}: arenas).
 */
record CodeForm(@NotBlank @Size(max = 120) String label, @Nullable UUID areaId, @Nullable SchoolLevel schoolLevel,
		@Nullable @Min(0) @Max(99) Integer minAge, @Nullable @Min(0) @Max(99) Integer maxAge,
		@Nullable @Min(0) @Max(23) Integer startHour, @Nullable @Min(0) @Max(23) Integer endHour,
		@Nullable Long version, @Nullable Boolean online) {

	static CodeForm empty() {
		return new CodeForm("", null, null, null, null, null, null, null, null);
	}

	static CodeForm of(CodeItem item, Long version) {
		return new CodeForm(item.label(), item.areaId(), item.schoolLevel(), item.minAge(), item.maxAge(),
				item.startHour(), item.endHour(), version, item.online());
	}

}
