package no.feltlogg.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.SecurityLog;

/**
 * Writes every refusal (403) of a signed-in user to the security log, URL rule, method
 * security or CSRF alike, then lets the next handler answer. Refusals before sign-in are
 * a session that expired, not someone trying a door.
 */
class RefusalLog implements AccessDeniedHandler {

	private final SecurityLog securityLog;

	private final AccessDeniedHandler next;

	RefusalLog(SecurityLog securityLog, AccessDeniedHandler next) {
		this.securityLog = securityLog;
		this.next = next;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			securityLog.refused(user, request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
		}
		next.handle(request, response, exception);
	}

}
