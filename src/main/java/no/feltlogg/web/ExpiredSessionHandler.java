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
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * A form posted after the session expired fails the CSRF check, since the token lived in
 * the old session; so does a form opened before the person signed in again in another tab
 * (a stale token). Neither is a refusal for the person's role, and neither ends on the
 * 403 page (ADR 0004, 0033):
 * <ul>
 * <li>signed out, a post to a new-record form ({@code .../new}) is kept as a saved GET of
 * that form with what was posted, which the form page binds after sign-in (ADR
 * 0004);</li>
 * <li>signed out, any other post is sent, after sign-in, back to the page its form was on
 * ({@link FormPage}) with {@code draft=restore}, and the browser puts back the draft it
 * kept while the person typed (js/drafts.js);</li>
 * <li>signed in with a stale token, the person is sent straight back to that page, with
 * the draft put back.</li>
 * </ul>
 * Nothing is replayed as a POST: that would store it without a valid CSRF token. Any
 * other CSRF refusal (a script's request) gets the 403 page that says the page had
 * expired, not the one about the role.
 */
class ExpiredSessionHandler implements AccessDeniedHandler {

	/**
	 * Request attribute that tells the 403 page the refusal was an expired page, not the
	 * person's role.
	 */
	static final String EXPIRED = "feltloggExpiredForm";

	private static final int KEPT_PARAMETERS_LIMIT = 64 * 1024;

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	private final HttpSessionRequestCache formCache = new HttpSessionRequestCache();

	ExpiredSessionHandler() {
		formCache.setRequestMatcher(AnyRequestMatcher.INSTANCE);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		if (exception instanceof CsrfException) {
			if ("POST".equals(request.getMethod()) && !fromScript(request)) {
				if (signedOut()) {
					if (request.getRequestURI().endsWith("/new") && small(request)) {
						formCache.saveRequest(new HttpServletRequestWrapper(request) {
							@Override
							public String getMethod() {
								return "GET";
							}

							@Override
							public String getQueryString() {
								var query = super.getQueryString();
								return query == null || query.isEmpty() ? FormPage.RESTORE
										: query + "&" + FormPage.RESTORE;
							}
						}, response);
					}
					else {
						request.getSession()
							.setAttribute("SPRING_SECURITY_SAVED_REQUEST",
									new SimpleSavedRequest(FormPage.toRestore(request)));
					}
					response.sendRedirect(request.getContextPath() + "/login?expired");
					return;
				}
				if (fromOurForm(request)) {
					response.setStatus(HttpServletResponse.SC_SEE_OTHER);
					response.setHeader("Location", request.getContextPath() + FormPage.toRestore(request));
					return;
				}
			}
			request.setAttribute(EXPIRED, Boolean.TRUE);
		}
		denied.handle(request, response, exception);
	}

	/**
	 * A post that carries a token (only a page of ours puts one in) but the wrong one: a
	 * stale form. A signed-in post with no token at all did not come from a form of ours
	 * and is refused (with the expired page, not the role one).
	 */
	private static boolean fromOurForm(HttpServletRequest request) {
		return request.getParameter("_csrf") != null && request.getParameter(FormPage.PARAMETER) != null;
	}

	/**
	 * A script's JSON request (the passkey ceremony's, say) is no form to keep: it gets
	 * the 403, which the script answers itself (js/passkeys.js fetches the page's token
	 * anew), and no saved request is left in the session to send the person somewhere
	 * else after she signs in.
	 */
	private static boolean fromScript(HttpServletRequest request) {
		var type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
	}

	/**
	 * What was posted is small enough to keep in the session as it is; longer texts come
	 * back from the draft.
	 */
	private static boolean small(HttpServletRequest request) {
		long size = 0;
		for (var entry : request.getParameterMap().entrySet()) {
			for (var value : entry.getValue()) {
				size += entry.getKey().length() + value.length();
			}
		}
		return size <= KEPT_PARAMETERS_LIMIT;
	}

	private static boolean signedOut() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

}
