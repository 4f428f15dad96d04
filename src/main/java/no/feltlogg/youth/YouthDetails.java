package no.feltlogg.youth;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Gender;

/** What is recorded about a youth besides consents and history. */
public record YouthDetails(String name, Birth birth, Gender gender, @Nullable String phone, @Nullable UUID schoolId,
		@Nullable String homeMunicipality, Set<UUID> contactIds, boolean restricted) {

	public YouthDetails {
		contactIds = Set.copyOf(contactIds);
	}

}
