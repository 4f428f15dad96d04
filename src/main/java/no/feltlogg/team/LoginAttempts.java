package no.feltlogg.team;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@value Account#MAX_FAILED_LOGINS} wrong passwords in a row the account is locked for a
 * quarter of an hour. Kept in the database so that every application instance sees the same count.
 */
@Component
class LoginAttempts {

	private final AccountRepository accounts;

	LoginAttempts(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByUsername(String.valueOf(event.getAuthentication().getName()).trim())
			.ifPresent(account -> account.loginFailed(Instant.now()));
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(Account::loginSucceeded);
	}

}
