package no.feltlogg.retention;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A legal hold placed or lifted: on which youth, and why. */
record HoldForm(@Nullable @NotNull UUID youthId, @Nullable @NotBlank @Size(max = 500) String reason) {

	static HoldForm empty() {
		return new HoldForm(null, "");
	}

}
