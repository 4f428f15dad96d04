package no.feltlogg.team;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before any password check because the client address has used up its
 * failures. Not mapped to an authentication event, so it is not counted against the
 * account that was named.
 */
public final class SignInDelayedException extends LockedException {

	private final Instant retryAt;

	SignInDelayedException(Instant retryAt) {
		super("Too many failed sign-ins from this address");
		this.retryAt = retryAt;
	}

	public Instant retryAt() {
		return retryAt;
	}

}
