package no.feltlogg.database;

import java.util.HashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two database roles (ADR 0022): Flyway migrates as the owner
 * ({@code SPRING_FLYWAY_USER}), the application connects as a role that owns nothing
 * ({@code SPRING_DATASOURCE_USERNAME}). The migration
 * {@code R__application_role_grants.sql} grants that role what it needs; its name reaches
 * the migration as the Flyway placeholder {@code appRole}. With one role for both,
 * Feltlogg still runs, and says so in the log.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRoles {

	static final String PLACEHOLDER = "appRole";

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	/**
	 * The application's role, as the datasource connects (properties, embedded database
	 * or a test's container).
	 */
	@Bean
	FlywayConfigurationCustomizer applicationRolePlaceholder(ObjectProvider<JdbcConnectionDetails> connection) {
		return configuration -> {
			var placeholders = new HashMap<>(configuration.getPlaceholders());
			if (placeholders.keySet().stream().noneMatch(PLACEHOLDER::equalsIgnoreCase)) {
				var details = connection.getIfAvailable();
				var username = details != null ? details.getUsername() : null;
				placeholders.put(PLACEHOLDER, username != null ? username : "");
				configuration.placeholders(placeholders);
			}
		};
	}

	@EventListener
	void onStarted(ApplicationStartedEvent event) {
		event.getApplicationContext().getBeanProvider(JdbcTemplate.class).ifAvailable(DatabaseRoles::warnIfOneRole);
	}

	/**
	 * Warns when the application's own role is a superuser or owns tables of its schema:
	 * it could then switch off the triggers that keep the access log append-only and
	 * signed journal entries final.
	 * @return whether it warned
	 */
	static boolean warnIfOneRole(JdbcTemplate jdbc) {
		var row = jdbc
			.queryForMap("select current_user as role, r.rolsuper as superuser, exists (select 1 from pg_class c "
					+ "where c.relowner = r.oid and c.relnamespace = current_schema()::regnamespace) as owner "
					+ "from pg_roles r where r.rolname = current_user");
		if (Boolean.TRUE.equals(row.get("superuser")) || Boolean.TRUE.equals(row.get("owner"))) {
			log.warn(
					"Feltlogg connects to PostgreSQL as '{}', which {}: it could switch off the triggers that keep the "
							+ "access log and signed journal entries unchanged. Migrate as the owner (SPRING_FLYWAY_USER, "
							+ "SPRING_FLYWAY_PASSWORD) and connect as a role that owns nothing (SPRING_DATASOURCE_USERNAME); "
							+ "see the README, \"Database roles\".",
					row.get("role"), Boolean.TRUE.equals(row.get("superuser")) ? "is a superuser" : "owns the tables");
			return true;
		}
		return false;
	}

}
