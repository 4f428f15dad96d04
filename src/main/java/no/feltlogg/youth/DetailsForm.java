package no.feltlogg.youth;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Gender;

/** Corrections to a youth's details; the version guards against two workers at once. */
record DetailsForm(@NotBlank @Size(max = 120) String name, @NotBlank String birth, @NotNull Gender gender,
		@Nullable @Size(max = 30) String phone, @Nullable UUID schoolId,
		@Nullable @Size(max = 120) String homeMunicipality, @Nullable Set<UUID> contactIds,
		@Nullable Boolean restricted, @Nullable Long version) {

	static DetailsForm of(Youth youth) {
		return new DetailsForm(youth.getName(), new Birth(youth.getBirthDate(), youth.getBirthYear()).text(),
				youth.getGender(), youth.getPhone(), youth.getSchoolId(), youth.getHomeMunicipality(),
				youth.getContactIds(), youth.isRestricted(), youth.getVersion());
	}

}
