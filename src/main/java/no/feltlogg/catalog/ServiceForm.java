package no.feltlogg.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A service of the directory as the leader types it. */
record ServiceForm(@NotBlank @Size(max = 120) String name, @NotNull ServiceKind kind,
		@Nullable @Size(max = 160) String responsibleUnit, @Nullable @Size(max = 160) String contact,
		@Nullable @Pattern(regexp = "|[0-9+ ()-]{3,40}") String phone,
		@Nullable @Size(max = 300) @Pattern(regexp = "|https?://\\S+") String webAddress,
		@Nullable @Min(0) @Max(99) Integer minAge, @Nullable @Min(0) @Max(99) Integer maxAge, @Nullable Long version) {

	static ServiceForm empty() {
		return new ServiceForm("", ServiceKind.OTHER, "", "", "", "", null, null, null);
	}

	static ServiceForm of(ServiceInfo service, Long version) {
		return new ServiceForm(service.name(), service.kind(), service.responsibleUnit(), service.contact(),
				service.phone(), service.webAddress(), service.minAge(), service.maxAge(), version);
	}

}
