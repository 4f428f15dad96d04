package no.feltlogg.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Issue 12: readiness said UP while every request waited for a connection. A pool that
 * gives no connection (all taken, or the database not answering) makes the database's
 * health DOWN, and a probe never waits for the pool.
 */
class DatabaseHealthTest {

	@Test
	void aPoolThatGivesNoConnectionIsDownAndProbesDoNotPileUpBehindIt() throws Exception {
		var release = new CountDownLatch(1);
		var asked = new AtomicInteger();
		var stuck = new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				asked.incrementAndGet();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				throw new SQLException("no connection");
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		var health = new DatabaseHealth(stuck);
		try {
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(asked).as("one check at a time, however many probes").hasValue(1);
		}
		finally {
			release.countDown();
			health.destroy();
		}
	}

}
