package no.feltlogg.team;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * After a failed sign-in, tells the login page when the person may try again if the
 * account is in a delay or the client address has used up its failures. The same answer
 * for a wrong and a right password during a delay, so that the delay cannot be used to
 * test passwords.
 */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

	/**
	 * Session attribute with the {@link Instant} the login page shows as "try again at".
	 */
	public static final String RETRY_AT = SignInFailureHandler.class.getName() + ".retryAt";

	private final SignInThrottle throttle;

	SignInFailureHandler(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		var retryAt = retryAt(request, exception);
		if (retryAt.isPresent()) {
			request.getSession().setAttribute(RETRY_AT, retryAt.get());
		}
		else {
			var session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(RETRY_AT);
			}
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private Optional<Instant> retryAt(HttpServletRequest request, AuthenticationException exception) {
		if (exception instanceof SignInDelayedException delayed) {
			return Optional.of(delayed.retryAt());
		}
		var username = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
		var accountDelay = username == null || username.isBlank() ? Optional.<Instant>empty()
				: throttle.accountLockedUntil(username);
		var addressDelay = throttle.addressBlockedUntil(request.getRemoteAddr());
		if (accountDelay.isPresent() && addressDelay.isPresent()) {
			return Optional
				.of(accountDelay.get().isAfter(addressDelay.get()) ? accountDelay.get() : addressDelay.get());
		}
		return accountDelay.isPresent() ? accountDelay : addressDelay;
	}

}
