package no.feltlogg.audit;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A tiny connection pool of the access log's own, for the rows that must stay whatever
 * becomes of the request's transaction: reads (also from read-only transactions) and
 * refused attempts (which end in an exception that rolls the request back). Each row is
 * one autocommitted INSERT. A thread holds one of these connections only for that INSERT
 * and never asks the application's pool for anything meanwhile, so the two pools cannot
 * wait on each other, however many requests hold a connection of the main pool (ADR
 * 0025). Same database, role, options and timeouts as the main pool, whose configuration
 * is copied.
 */
@Component
class AuditConnections implements AutoCloseable {

	/**
	 * Enough for bursts of inserts of about a millisecond each; a waiting thread waits
	 * for an INSERT, not a page.
	 */
	static final int POOL_SIZE = 4;

	private final HikariDataSource pool;

	private final JdbcClient jdbc;

	AuditConnections(DataSource dataSource) throws SQLException {
		if (!dataSource.isWrapperFor(HikariDataSource.class)) {
			throw new IllegalStateException("The access log's pool copies the application's HikariCP pool; found "
					+ dataSource.getClass().getName());
		}
		var config = new HikariConfig();
		dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
		config.setPoolName("feltlogg-audit");
		config.setMaximumPoolSize(POOL_SIZE);
		config.setMinimumIdle(1);
		config.setAutoCommit(true);
		config.setReadOnly(false);
		this.pool = new HikariDataSource(config);
		this.jdbc = JdbcClient.create(pool);
	}

	/** Statements on the access log's own connections, each committed on its own. */
	JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	public void close() {
		pool.close();
	}

}
