package no.feltlogg.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import no.feltlogg.shared.CurrentUser;

/**
 * What the session knows about the second factor: when it was last given (for the pages
 * that ask for a fresh one), and where to return after it was asked for.
 */
public final class SecondFactorSession {

	/**
	 * A second factor older than this is asked for again before a record is opened on
	 * need-to-know or exported.
	 */
	public static final Duration FRESH = Duration.ofMinutes(15);

	static final String VERIFIED_AT = SecondFactorSession.class.getName() + ".verifiedAt";

	static final String RETURN_TO = SecondFactorSession.class.getName() + ".returnTo";

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private SecondFactorSession() {
	}

	/**
	 * Records that the second factor was given now (also by an identity provider that
	 * says it asked for one).
	 */
	public static void verified(HttpSession session, Instant at) {
		session.setAttribute(VERIFIED_AT, at);
	}

	public static Optional<Instant> verifiedAt(@Nullable HttpSession session) {
		return session != null && session.getAttribute(VERIFIED_AT) instanceof Instant at ? Optional.of(at)
				: Optional.empty();
	}

	static boolean isFresh(@Nullable HttpSession session, Instant now) {
		return verifiedAt(session).filter(at -> at.plus(FRESH).isAfter(now)).isPresent();
	}

	/**
	 * Gives the session the person's full authentication, under a new session id, after
	 * her second factor.
	 */
	static void complete(CurrentUser user, HttpServletRequest request, HttpServletResponse response, Instant at) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		CONTEXTS.saveContext(context, request, response);
		verified(request.getSession(), at);
	}

	/**
	 * Gives the session the person's full authentication, without a second factor (none
	 * required of her).
	 */
	static void signedIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

	/** Gives the session a sign-in that still owes its second factor. */
	static void pending(PendingSecondFactor pending, HttpServletRequest request, HttpServletResponse response) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(pending);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

	static @Nullable String takeReturnTo(HttpSession session) {
		var to = session.getAttribute(RETURN_TO);
		session.removeAttribute(RETURN_TO);
		return to instanceof String path ? path : null;
	}

}
