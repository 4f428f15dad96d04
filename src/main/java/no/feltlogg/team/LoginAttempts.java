package no.feltlogg.team;

import java.time.Instant;
import java.util.Optional;

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
 * Login throttling: every wrong password (and every attempt on an account in a delay) is
 * counted in the database for the account and for the client address, each by one atomic
 * statement, so that every application instance sees the same count and parallel attempts
 * are all counted (see {@link SignInThrottle}). Every sign-in, failure and lockout goes
 * to the security log.
 */
@Component
class LoginAttempts {

	private final SignInThrottle throttle;

	private final AccountRepository accounts;

	private final SecurityLog securityLog;

	LoginAttempts(SignInThrottle throttle, AccountRepository accounts, SecurityLog securityLog) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.securityLog = securityLog;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		var failures = countFailure(event);
		log(event, SecurityEvent.SIGN_IN_FAILED, null);
		failures.filter(state -> state.lockedUntil() != null && state.lockedUntil().isAfter(throttle.now()))
			.ifPresent(state -> log(event, SecurityEvent.LOCKED_OUT, "until " + state.lockedUntil()));
	}

	/**
	 * A sign-in refused for another reason than the password: a locked or disabled
	 * account, or one still in its delay (counted too, unless its address is the one that
	 * must wait).
	 */
	@EventListener
	void onRefusal(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return;
		}
		if (event instanceof AuthenticationFailureLockedEvent
				&& !(event.getException() instanceof SignInDelayedException)) {
			countFailure(event);
		}
		log(event, SecurityEvent.SIGN_IN_FAILED, event.getException().getClass().getSimpleName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		throttle.accountSucceeded(event.getAuthentication().getName());
		accounts.findByUsername(event.getAuthentication().getName())
			.ifPresent(account -> securityLog.insert(SecurityLog.Row.about(SecurityEvent.SIGN_IN, account)
				.address(clientAddress(event.getAuthentication()))));
	}

	private Optional<SignInThrottle.AccountFailures> countFailure(AbstractAuthenticationFailureEvent event) {
		Instant at = throttle.now();
		var failures = throttle.accountFailed(String.valueOf(event.getAuthentication().getName()), at);
		var address = clientAddress(event.getAuthentication());
		if (address != null && throttle.addressFailed(address, at) == 1) {
			throttle.forgetOldAddresses(at);
		}
		return failures;
	}

	private void log(AbstractAuthenticationFailureEvent event, SecurityEvent what, @Nullable String detail) {
		var typed = String.valueOf(event.getAuthentication().getName()).trim();
		var address = clientAddress(event.getAuthentication());
		accounts.findByUsername(typed)
			.ifPresentOrElse(
					account -> securityLog.insert(SecurityLog.Row.about(what, account).detail(detail).address(address)),
					() -> securityLog.insert(SecurityLog.Row.unknown(what, typed).detail(detail).address(address)));
	}

	static @Nullable String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
