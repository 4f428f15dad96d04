package no.feltlogg.shared;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Every connection of the application's pool has a statement, lock and
 * idle-in-transaction timeout (the connection options in application.properties, ADR
 * 0025). Schema migrations are exempt: on a large database one may run for minutes. Their
 * connections switch the timeouts off when opened, and the pool's connections are renewed
 * after the migration, so that none keeps the exemption.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

	/**
	 * Frees a migration's session from the timeouts; a migration still gives up after
	 * waiting a minute for a lock. Like the pool's sessions, it runs in Oslo time.
	 */
	private static final String WITHOUT_TIMEOUTS = "set statement_timeout = 0;"
			+ " set idle_in_transaction_session_timeout = 0; set lock_timeout = '1min'; set time zone 'Europe/Oslo'";

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutTimeouts() {
		return configuration -> configuration.initSql(WITHOUT_TIMEOUTS);
	}

	@Bean
	FlywayMigrationStrategy migrateThenRenewConnections(DataSource dataSource) {
		return flyway -> {
			flyway.migrate();
			try {
				if (dataSource.isWrapperFor(HikariDataSource.class)) {
					var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
					if (pool != null) {
						pool.softEvictConnections();
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not renew the pool's connections after the migrations", ex);
			}
		};
	}

}
