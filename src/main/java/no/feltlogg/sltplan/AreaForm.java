package no.feltlogg.sltplan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The SLT area form: a name and the teams' areas it groups. */
record AreaForm(@NotBlank @Size(max = 120) String name, @Nullable List<String> areaNames) {

	List<String> names() {
		return areaNames == null ? List.of() : areaNames;
	}

}
