package no.feltlogg.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database cannot be reached (down, restarting, or no
 * connection to be had within the pool's timeout) is answered 503 Service Unavailable:
 * the "try again" page ({@code templates/error/503.html}), or for an API client Spring
 * Boot's JSON error body; never a 500 with a stack trace. It sits outside every other
 * filter, the security filters and the session included, since those read the database
 * too.
 * <p>
 * The log gets one line with the exception's class and SQL state: never the message,
 * which may quote values.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private final TryAgainPage page;

	DatabaseUnavailableFilter(TryAgainPage page) {
		this.page = page;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			var cause = DatabaseFaults.unavailable(ex);
			if (cause == null || response.isCommitted()) {
				throw ex;
			}
			DatabaseFaults.logAnswered(cause, request);
			page.write(request, response);
		}
	}

}
