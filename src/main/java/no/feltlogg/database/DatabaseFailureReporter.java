package no.feltlogg.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import no.feltlogg.database.DatabaseStartup.DatabaseUnavailableException;

/**
 * Reports a start-up without a usable database as the one line that says what to set,
 * with no stack trace (Spring Boot then logs nothing more about it, and the process ends
 * with a non-zero exit code). Every other failure is left to Spring Boot's own reporting.
 * Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseFailureReporter implements SpringBootExceptionReporter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);

	@Override
	public boolean reportException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailableException unavailable) {
				log.error(unavailable.getMessage());
				return true;
			}
		}
		return false;
	}

}
