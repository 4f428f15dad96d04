package no.feltlogg.web;

import java.io.IOException;

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
 * Refuses a session whose account was disabled, or whose role or team changed, since sign-in: the session is ended at
 * its next request and the user sent to the login page.
 */
class AccountStatusFilter extends OncePerRequestFilter {

	private final Teams teams;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	AccountStatusFilter(Teams teams) {
		this.teams = teams;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& !teams.isStillValid(user)) {
			logout.logout(request, response, authentication);
			response.sendRedirect(request.getContextPath() + "/login?ended");
			return;
		}
		chain.doFilter(request, response);
	}

}
