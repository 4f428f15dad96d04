package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A new consent: scope, the service for sharing, who gave it, how, when, and until when.
 */
record ConsentForm(@Nullable @NotNull ConsentScope scope, @Nullable UUID serviceId,
		@Nullable @Size(max = 200) String serviceName, @Nullable @NotNull ConsentGiver givenBy,
		@Nullable @NotNull HowGiven howGiven, @Nullable @FormYear LocalDate givenOn,
		@Nullable @FormYear LocalDate expiresOn, @Nullable @Size(max = 500) String note) {

	static ConsentForm empty(LocalDate today) {
		return new ConsentForm(null, null, "", ConsentGiver.YOUTH, HowGiven.ORAL, today, null, "");
	}

}
