package no.feltlogg.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, put in the logging context ({@code requestId}, on every log
 * line written while the request is served, its error page included) and echoed in the
 * {@value #HEADER} response header. A proxy's id is taken over when it looks like an id
 * (letters, digits, {@code . _ -}, at most 64); anything else is replaced by a random
 * one, so that nothing a client sends goes into the log unchecked.
 */
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var id = requestId(request);
		response.setHeader(HEADER, id);
		var previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, previous);
			}
		}
	}

	/**
	 * The error page of a request is rendered in a dispatch of its own, after this
	 * filter's first pass.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String requestId(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String known) {
			return known;
		}
		var given = request.getHeader(HEADER);
		var id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

}
