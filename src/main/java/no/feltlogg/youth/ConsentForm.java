package no.feltlogg.youth;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormDates;

/** A new consent: scope, the service for sharing, who gave it, how, when, and until when. */
record ConsentForm(@Nullable @NotNull ConsentScope scope, @Nullable UUID serviceId,
		@Nullable @Size(max = 200) String serviceName,
		@Nullable @NotNull ConsentGiver givenBy, @Nullable @NotNull HowGiven howGiven, @NotBlank String givenOn,
		@Nullable String expiresOn, @Nullable @Size(max = 500) String note) {

	static ConsentForm empty() {
		return new ConsentForm(null, null, "", ConsentGiver.YOUTH, HowGiven.ORAL, FormDates.today(), "", "");
	}

}
