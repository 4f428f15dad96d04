package no.feltlogg.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.stereotype.Component;

/**
 * Counts refused sign-ins ({@code feltlogg_sign_in_failures_total}): a wrong password, an
 * unknown name, a locked or disabled account. A sign-in that failed because the service
 * could not check it (the database away) is not a refusal and is not counted. No name is
 * recorded: a rise is the signal; who tried is for the security log.
 */
@Component
class SignInFailures {

	private final Counter failures;

	SignInFailures(MeterRegistry registry) {
		this.failures = Counter.builder("feltlogg.sign.in.failures")
			.description("Sign-ins refused: wrong password, unknown name, locked or disabled account")
			.register(registry);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (!(event instanceof AuthenticationFailureServiceExceptionEvent)) {
			failures.increment();
		}
	}

}
