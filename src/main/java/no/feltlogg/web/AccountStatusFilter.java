package no.feltlogg.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.Teams;

/**
 * Refuses a session whose account was disabled, whose role or team changed, or whose
 * password was set anew by link since sign-in: the session is ended at its next request
 * and the user sent to the login page. Also ends a session older than the absolute
 * lifetime ({@code feltlogg.session.absolute-lifetime}, default 12 hours, ADR 0032)
 * however active it was, with its own message.
 */
class AccountStatusFilter extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = AccountStatusFilter.class.getName() + ".signedInAt";

	private final Teams teams;

	private final Clock clock;

	private final Duration absoluteLifetime;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	AccountStatusFilter(Teams teams, Clock clock, Duration absoluteLifetime) {
		this.teams = teams;
		this.clock = clock;
		this.absoluteLifetime = absoluteLifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			var signedInAt = signedInAt(request);
			if (!signedInAt.plus(absoluteLifetime).isAfter(clock.instant())) {
				logout.logout(request, response, authentication);
				response.sendRedirect(request.getContextPath() + "/login?lifetime");
				return;
			}
			if (!teams.isStillValid(user, signedInAt)) {
				logout.logout(request, response, authentication);
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * When this session's sign-in was first seen (its first request after signing in),
	 * kept in the session; a request without a session (a test's or an API client's)
	 * counts as signed in now.
	 */
	private Instant signedInAt(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null) {
			return clock.instant();
		}
		if (session.getAttribute(SIGNED_IN_AT) instanceof Instant at) {
			return at;
		}
		var now = clock.instant();
		session.setAttribute(SIGNED_IN_AT, now);
		return now;
	}

}
