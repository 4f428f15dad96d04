package no.feltlogg.sltplan;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The measure form: dates typed as dd.mm.åååå, checked in the controller. */
record MeasureForm(@NotBlank @Size(max = 160) String name, @NotBlank @Size(max = 300) String targetGroup,
		@NotBlank @Size(max = 160) String responsibleUnit, @Nullable String startsOn, @Nullable String endsOn,
		@NotNull @Nullable MeasureStatus status, @Nullable List<UUID> areaIds) {

	static MeasureForm empty() {
		return new MeasureForm("", "", "", "", "", MeasureStatus.PLANNED, List.of());
	}

	List<UUID> areas() {
		return areaIds == null ? List.of() : areaIds;
	}

}
