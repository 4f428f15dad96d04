package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/** A field observation as typed: when, where, what was seen, how serious. No names. */
record ObservationForm(@NotNull @FormYear LocalDate date, @NotNull LocalTime time, @NotNull UUID areaId,
		@Nullable UUID placeId, @NotEmpty List<FieldObservation.Kind> kinds,
		@Nullable @Min(0) @Max(10000) Integer gatheringSize, @NotNull FieldObservation.Severity severity,
		@Nullable @Size(max = 1000) String note) {

	public boolean hasKind(FieldObservation.Kind kind) {
		return kinds != null && kinds.contains(kind);
	}

}
