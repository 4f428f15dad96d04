package no.feltlogg.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.feltlogg.shared.CurrentUser;

/**
 * Runs service calls as a signed-in user, so that method security sees the same principal
 * a request would.
 */
public final class AsUser {

	private AsUser() {
	}

	public static <T> T call(CurrentUser user, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(CurrentUser user, Runnable work) {
		call(user, () -> {
			work.run();
			return null;
		});
	}

}
