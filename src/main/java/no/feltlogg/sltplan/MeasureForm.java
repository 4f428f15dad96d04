package no.feltlogg.sltplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * The measure form: the plan's dates typed as dd.mm.åååå (ADR 0041); the end may be left
 * open.
 */
record MeasureForm(@NotBlank @Size(max = 160) String name, @NotBlank @Size(max = 300) String targetGroup,
		@NotBlank @Size(max = 160) String responsibleUnit, @Nullable @FormYear LocalDate startsOn,
		@Nullable @FormYear LocalDate endsOn, @NotNull @Nullable MeasureStatus status, @Nullable List<UUID> areaIds) {

	static MeasureForm empty() {
		return new MeasureForm("", "", "", null, null, MeasureStatus.PLANNED, List.of());
	}

	List<UUID> areas() {
		return areaIds == null ? List.of() : areaIds;
	}

}
