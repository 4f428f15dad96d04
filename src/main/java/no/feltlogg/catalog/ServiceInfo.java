package no.feltlogg.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A service in the team's directory of places to refer youths to. */
public record ServiceInfo(UUID id, String name, ServiceKind kind, @Nullable String responsibleUnit,
		@Nullable String contact, @Nullable String phone, @Nullable String webAddress, @Nullable Integer minAge,
		@Nullable Integer maxAge, boolean retired) {
}
