package no.feltlogg.operations;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Tells a failure caused by a database that cannot be reached from any other, and answers
 * it with 503 (the "try again" page). Used by {@link DatabaseUnavailableFilter} for every
 * request, and by the sign-in, where Spring Security turns such a failure into a refused
 * sign-in ("wrong name or password") unless told otherwise.
 */
public final class DatabaseFaults {

	private static final Logger log = LoggerFactory.getLogger(DatabaseFaults.class);

	private DatabaseFaults() {
	}

	/**
	 * The exception in the chain that says the database could not be reached, if one
	 * does: a connection that could not be had or was lost, or PostgreSQL shutting down
	 * or starting up.
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

	/**
	 * Class 08 (connection exception) and 57P01-57P03 (shutting down, crashed, cannot
	 * connect now).
	 */
	private static boolean connectionState(@Nullable String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

	/**
	 * One line for the log: the exception's class and SQL state, never its message, which
	 * may quote values.
	 */
	static void logAnswered(Throwable cause, HttpServletRequest request) {
		log.warn("The database is unavailable ({}{}); answered 503 to {} {}", cause.getClass().getName(),
				cause instanceof SQLException sql && sql.getSQLState() != null ? ", SQL state " + sql.getSQLState()
						: "",
				request.getMethod(), request.getRequestURI());
	}

	/**
	 * The sign-in's failure handler: a sign-in that could not be checked because the
	 * database is away is passed on to {@link DatabaseUnavailableFilter}, which answers
	 * 503; any other failure goes to {@code otherwise}.
	 */
	public static AuthenticationFailureHandler signInFailureHandler(AuthenticationFailureHandler otherwise) {
		return (request, response, exception) -> {
			var cause = unavailable(exception);
			if (cause != null) {
				throw new DataAccessResourceFailureException("The database is unavailable", cause);
			}
			otherwise.onAuthenticationFailure(request, response, exception);
		};
	}

}
