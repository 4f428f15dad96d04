package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A shift's details; an open shift has no end. Direct time is the minutes spent directly
 * with youths.
 */
record ShiftForm(@NotNull @FormYear LocalDate startDate, @NotNull LocalTime startTime,
		@Nullable @FormYear LocalDate endDate, @Nullable LocalTime endTime, @NotBlank String arena,
		@Nullable List<UUID> areaIds, @Nullable List<UUID> workerIds,
		@Nullable @Min(0) @Max(1440) Integer directMinutes, @Nullable @Size(max = 2000) String notes, long version) {

	public boolean hasArea(UUID id) {
		return areaIds != null && areaIds.contains(id);
	}

	public boolean hasWorker(UUID id) {
		return workerIds != null && workerIds.contains(id);
	}

}
