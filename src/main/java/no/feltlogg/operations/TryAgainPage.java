package no.feltlogg.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The 503 answer while the database cannot be reached, written straight into the
 * response: the "try again" page ({@code templates/error/503.html}), or a small JSON body
 * for an API client. Not through the servlet container's error dispatch, since that would
 * pass the session and security filters again, which need the database themselves (the
 * container would then show its own error page instead).
 */
class TryAgainPage {

	private static final String JSON = "{\"status\":503,\"error\":\"Service Unavailable\",\"path\":\"%s\"}";

	private final ObjectProvider<ITemplateEngine> templates;

	private final ObjectProvider<LocaleResolver> locales;

	TryAgainPage(ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales) {
		this.templates = templates;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "10");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		var engine = templates.getIfAvailable();
		if (wantsJson(request) || engine == null) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write(JSON.formatted(request.getRequestURI().replaceAll("[\"\\\\\\p{Cntrl}]", "")));
			return;
		}
		var resolver = locales.getIfAvailable();
		var locale = resolver == null ? request.getLocale() : resolver.resolveLocale(request);
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		engine.process("error/503", new WebContext(exchange, locale), response.getWriter());
	}

	/** An API path, or a client that asks for JSON and not for a page. */
	private static boolean wantsJson(HttpServletRequest request) {
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("text/html");
	}

}
