package no.feltlogg.operations;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database cannot be reached (down, restarting, or no connection to be had within
 * the pool's timeout) is answered 503 Service Unavailable: the "try again" page ({@code templates/error/503.html}),
 * or for an API client Spring Boot's JSON error body; never a 500 with a stack trace. It sits outside every other
 * filter, the security filters and the session included, since those read the database too.
 * <p>
 * The log gets one line with the exception's class and SQL state: never the message, which may quote values.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			var cause = unavailable(ex);
			if (cause == null || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database is unavailable ({}{}); answered 503 to {} {}", cause.getClass().getName(),
					cause instanceof SQLException sql && sql.getSQLState() != null ? ", SQL state " + sql.getSQLState()
							: "",
					request.getMethod(), request.getRequestURI());
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	/**
	 * The exception in the chain that says the database could not be reached, if one does: a connection that could
	 * not be had or was lost, or PostgreSQL shutting down or starting up.
	 */
	static @Nullable Throwable unavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException
					|| cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
				return cause;
			}
		}
		return null;
	}

	/** Class 08 (connection exception) and 57P01-57P03 (shutting down, crashed, cannot connect now). */
	private static boolean connectionState(@Nullable String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

}
