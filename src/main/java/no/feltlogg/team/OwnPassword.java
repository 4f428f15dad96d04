package no.feltlogg.team;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * A person changes her own password: the current one is asked for, and a wrong one counts
 * as a failed sign-in (so a session left open cannot be used to guess it), refused during
 * a delay like the login form.
 */
@Service
@Transactional
class OwnPassword {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	OwnPassword(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			SignInThrottle throttle) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.throttle = throttle;
	}

	/**
	 * When the person may try again, if her account is in a delay after failed attempts.
	 */
	@Transactional(readOnly = true)
	Optional<Instant> delayedUntil(CurrentUser me) {
		return throttle.accountLockedUntil(me.getUsername());
	}

	/**
	 * Whether the current password was right; changes the password only then, and counts
	 * a failure otherwise.
	 */
	boolean change(CurrentUser me, String currentPassword, String newPassword) {
		var account = accounts.findById(me.accountId()).orElseThrow(() -> new NotFoundException("Account"));
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throttle.accountFailed(account.getUsername(), throttle.now());
			return false;
		}
		policy.require(newPassword, account.getUsername());
		account.resetPassword(passwordEncoder.encode(newPassword));
		return true;
	}

}
