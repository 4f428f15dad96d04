package no.feltlogg.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * The page a form was shown on, carried by every POST form as the hidden field
 * {@code formPage} (ADR 0033). A post refused because the session expired or the CSRF
 * token was stale is sent back there, where the browser's draft of the form is put back.
 * Only a path on this server is ever accepted: never another host, never the sign-in
 * pages.
 */
final class FormPage {

	static final String PARAMETER = "formPage";

	/**
	 * The query parameter that tells the page to put back the draft the browser kept
	 * (js/drafts.js).
	 */
	static final String RESTORE = "draft=restore";

	private FormPage() {
	}

	/**
	 * The page now being rendered: a GET's own path and query, or for a form shown again
	 * after a POST, its page.
	 */
	static String of(HttpServletRequest request) {
		if (!"GET".equalsIgnoreCase(request.getMethod())) {
			var posted = safe(request.getParameter(PARAMETER));
			if (posted != null) {
				return posted;
			}
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var query = request.getQueryString();
		var page = safe(query == null ? path : path + "?" + query);
		return page == null ? "/" : page;
	}

	/**
	 * The page a refused post came from, with the flag that puts its draft back;
	 * {@code /} when it did not say.
	 */
	static String toRestore(HttpServletRequest request) {
		var page = safe(request.getParameter(PARAMETER));
		if (page == null) {
			page = "/";
		}
		page = page.replaceAll("([?&])draft=restore(&|$)", "$1").replaceAll("[?&]$", "");
		return page + (page.contains("?") ? "&" : "?") + RESTORE;
	}

	static @Nullable String safe(@Nullable String page) {
		if (page == null || page.isEmpty() || page.length() > 2000 || !page.startsWith("/") || page.startsWith("//")
				|| page.startsWith("/login") || page.startsWith("/logout")) {
			return null;
		}
		for (int i = 0; i < page.length(); i++) {
			char c = page.charAt(i);
			if (c < 0x21 || c == '\\' || c == 0x7f || c == '#') {
				return null;
			}
		}
		return page;
	}

}
