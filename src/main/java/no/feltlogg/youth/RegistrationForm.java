package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;
import no.feltlogg.shared.Gender;

/**
 * A new youth with the consent to registration, as typed by the worker.
 * {@code duplicatesSeen} is set once the worker has been shown possible duplicates and
 * chosen to register anyway.
 */
record RegistrationForm(@NotBlank @Size(max = 120) String name, @NotBlank String birth, @NotNull Gender gender,
		@Nullable @Size(max = 30) String phone, @Nullable UUID schoolId,
		@Nullable @Size(max = 120) String homeMunicipality, @Nullable Set<UUID> contactIds,
		@Nullable Boolean restricted, @Nullable Boolean consentGiven, @NotNull ConsentGiver consentGivenBy,
		@NotNull HowGiven consentHow, @Nullable @FormYear LocalDate consentDate, @Nullable Boolean duplicatesSeen) {

	static RegistrationForm empty(UUID worker, LocalDate today) {
		return new RegistrationForm("", "", Gender.UNKNOWN, "", null, "", Set.of(worker), false, false,
				ConsentGiver.YOUTH, HowGiven.ORAL, today, false);
	}

}
