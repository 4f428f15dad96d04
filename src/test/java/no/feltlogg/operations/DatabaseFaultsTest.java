package no.feltlogg.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures are "the database is away" (503, try again) and which are not (they stay
 * what they are).
 */
class DatabaseFaultsTest {

	@Test
	void aConnectionThatCouldNotBeHadOrWasLostIsTheDatabaseBeingAway() {
		var noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		assertThat(DatabaseFaults.unavailable(new ServletException("Request processing failed", noConnection)))
			.isInstanceOf(SQLTransientConnectionException.class);
		assertThat(DatabaseFaults
			.unavailable(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))).isNotNull();
		assertThat(DatabaseFaults.unavailable(new RuntimeException(
				new SQLException("terminating connection due to " + "administrator command", "57P01"))))
			.isNotNull();
	}

	@Test
	void aRefusedValueOrAnyOtherFailureIsNot() {
		assertThat(DatabaseFaults.unavailable(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isNull();
		assertThat(DatabaseFaults.unavailable(new IllegalStateException("a bug"))).isNull();
		assertThat(DatabaseFaults.unavailable(new SQLException("no state"))).isNull();
	}

}
