package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A consent as it is recorded: scope (and service, for sharing), who gave it, how, when,
 * until when.
 */
public record NewConsent(ConsentScope scope, @Nullable UUID serviceId, @Nullable String serviceName,
		ConsentGiver givenBy, HowGiven howGiven, LocalDate givenOn, @Nullable LocalDate expiresOn,
		@Nullable String note) {

	/** A consent to registration, given by the youth. */
	public static NewConsent registration(ConsentGiver givenBy, HowGiven howGiven, LocalDate givenOn) {
		return new NewConsent(ConsentScope.REGISTRATION, null, null, givenBy, howGiven, givenOn, null, null);
	}

}
