package no.feltlogg.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * A form posted after the session expired fails the CSRF check, since the token lived in the old session. Instead of
 * a 403 page that swallows what the worker typed, what she posted to a new-record form ({@code .../new}) is kept as a
 * saved GET of that form and she is sent to sign in; afterwards she lands on the form with what she typed (the form
 * pages bind the saved parameters) and saves it herself. It is saved as a GET on purpose: replaying the POST would
 * store it without a valid CSRF token.
 */
class ExpiredSessionHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	private final HttpSessionRequestCache formCache = new HttpSessionRequestCache();

	ExpiredSessionHandler() {
		formCache.setRequestMatcher(AnyRequestMatcher.INSTANCE);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		if (exception instanceof CsrfException && "POST".equals(request.getMethod()) && signedOut()
				&& request.getRequestURI().endsWith("/new")) {
			formCache.saveRequest(new HttpServletRequestWrapper(request) {
				@Override
				public String getMethod() {
					return "GET";
				}
			}, response);
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		denied.handle(request, response, exception);
	}

	private static boolean signedOut() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

}
