package no.feltlogg.team;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login throttling: every wrong password (and every attempt on an account in a delay) is counted in the database for
 * the account and for the client address, each by one atomic statement, so that every application instance sees the
 * same count and parallel attempts are all counted (see {@link SignInThrottle}).
 */
@Component
class LoginAttempts {

	private final SignInThrottle throttle;

	LoginAttempts(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		countFailure(event);
	}

	@EventListener
	void onLocked(AuthenticationFailureLockedEvent event) {
		if (!(event.getException() instanceof SignInDelayedException)) {
			countFailure(event);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		throttle.accountSucceeded(event.getAuthentication().getName());
	}

	private void countFailure(AbstractAuthenticationFailureEvent event) {
		var at = throttle.now();
		throttle.accountFailed(String.valueOf(event.getAuthentication().getName()), at);
		var address = clientAddress(event.getAuthentication());
		if (address != null && throttle.addressFailed(address, at) == 1) {
			throttle.forgetOldAddresses(at);
		}
	}

	static @Nullable String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
