package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A consent as it is recorded: scope (and service, for sharing), who gave it, how, when, until when. */
public record ConsentGiven(ConsentScope scope, @Nullable UUID serviceId, @Nullable String serviceName,
		ConsentGiver givenBy, HowGiven howGiven, LocalDate givenOn, @Nullable LocalDate expiresOn,
		@Nullable String note) {

	/** A consent to registration, given by the youth. */
	public static ConsentGiven registration(ConsentGiver givenBy, HowGiven howGiven, LocalDate givenOn) {
		return new ConsentGiven(ConsentScope.REGISTRATION, null, null, givenBy, howGiven, givenOn, null, null);
	}

}
