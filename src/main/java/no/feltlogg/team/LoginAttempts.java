package no.feltlogg.team;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@value Account#MAX_FAILED_LOGINS} wrong passwords in a row the account is locked for a
 * quarter of an hour. Kept in the database so that every application instance sees the same count. Every sign-in,
 * failure and lockout goes to the security log.
 */
@Component
class LoginAttempts {

	private final AccountRepository accounts;

	private final SecurityLog securityLog;

	LoginAttempts(AccountRepository accounts, SecurityLog securityLog) {
		this.accounts = accounts;
		this.securityLog = securityLog;
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		var typed = String.valueOf(event.getAuthentication().getName()).trim();
		var address = address(event.getAuthentication());
		accounts.findByUsername(typed).ifPresentOrElse(account -> {
			var now = Instant.now();
			account.loginFailed(now);
			securityLog.insert(SecurityLog.Row.about(SecurityEvent.SIGN_IN_FAILED, account).address(address));
			if (account.isLockedAt(now)) {
				securityLog.insert(SecurityLog.Row.about(SecurityEvent.LOCKED_OUT, account).address(address));
			}
		}, () -> securityLog.insert(SecurityLog.Row.unknown(SecurityEvent.SIGN_IN_FAILED, typed).address(address)));
	}

	/** A sign-in refused for another reason than the password: a locked or disabled account. */
	@EventListener
	@Transactional
	void onRefusal(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return;
		}
		var typed = String.valueOf(event.getAuthentication().getName()).trim();
		var detail = event.getException().getClass().getSimpleName();
		var address = address(event.getAuthentication());
		accounts.findByUsername(typed)
			.ifPresentOrElse(
					account -> securityLog.insert(
							SecurityLog.Row.about(SecurityEvent.SIGN_IN_FAILED, account).detail(detail).address(address)),
					() -> securityLog.insert(
							SecurityLog.Row.unknown(SecurityEvent.SIGN_IN_FAILED, typed).detail(detail).address(address)));
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			account.loginSucceeded();
			securityLog.insert(
					SecurityLog.Row.about(SecurityEvent.SIGN_IN, account).address(address(event.getAuthentication())));
		});
	}

	private static @Nullable String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
