package no.feltlogg.sltplan;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The SLT area form: a name and the teams' areas it groups. */
record AreaForm(@NotBlank @Size(max = 120) String name, @Nullable List<UUID> areaCodeIds) {

	List<UUID> codes() {
		return areaCodeIds == null ? List.of() : areaCodeIds;
	}

}
