package no.feltlogg.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The database, settled before the application context starts (ADR 0021). Registered by
 * {@code FeltloggApplication.main}, so it governs {@code ./mvnw spring-boot:run} and
 * {@code java -jar}; tests name their database themselves.
 * <ul>
 * <li>No {@code spring.datasource.url} ({@code SPRING_DATASOURCE_URL}) and the
 * {@code demo} or {@code dev} profile: an embedded PostgreSQL 17 with its data in
 * {@code ~/.feltlogg/<profile>-database} (or
 * {@code FELTLOGG_EMBEDDED_DATABASE_DIRECTORY}), kept between runs; the application
 * connects as {@value EmbeddedDatabase#APPLICATION} and Flyway migrates as
 * {@value EmbeddedDatabase#OWNER}.</li>
 * <li>Otherwise the database must be named and answer: if not, start-up ends with one log
 * line that says what to set, and a non-zero exit ({@link DatabaseFailureReporter}).</li>
 * </ul>
 */
public class DatabaseStartup implements ApplicationListener<ApplicationPreparedEvent> {

	/** Profiles in which a missing database means the embedded one. */
	static final List<String> LOCAL_PROFILES = List.of("demo", "dev");

	static final String DIRECTORY_PROPERTY = "feltlogg.embedded-database.directory";

	static final String DATABASE_NAME = "feltlogg";

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		var context = event.getApplicationContext();
		var environment = context.getEnvironment();
		var url = environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			checkReachable(url, environment);
			return;
		}
		var profile = Arrays.stream(environment.getActiveProfiles()).filter(LOCAL_PROFILES::contains).findFirst();
		if (profile.isEmpty()) {
			throw new DatabaseUnavailableException("Feltlogg has no database: set SPRING_DATASOURCE_URL (with "
					+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) to a PostgreSQL database, or run the "
					+ "demo profile (SPRING_PROFILES_ACTIVE=demo) for an embedded one.");
		}
		var embedded = startEmbedded(dataDirectory(environment, profile.get()));
		// stopped when the context closes, after every bean that uses it (destroyed in
		// reverse order of registration)
		((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("feltloggEmbeddedDatabase",
				embedded::close);
		useEmbedded(environment, embedded);
	}

	static Path dataDirectory(ConfigurableEnvironment environment, String profile) {
		var configured = environment.getProperty(DIRECTORY_PROPERTY);
		if (StringUtils.hasText(configured)) {
			return Path.of(configured).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".feltlogg", profile + "-database").toAbsolutePath();
	}

	private static EmbeddedDatabase startEmbedded(Path directory) {
		log.info("Database: embedded PostgreSQL 17 with its data in {} (kept between runs; delete the directory to "
				+ "start afresh; SPRING_DATASOURCE_URL names another database)", directory);
		try {
			return EmbeddedDatabase.start(directory, true, false).createDatabase(DATABASE_NAME);
		}
		catch (IOException | RuntimeException ex) {
			throw new DatabaseUnavailableException("Feltlogg could not start its embedded PostgreSQL in " + directory
					+ " (" + oneLine(ex) + "): is another Feltlogg using that directory? Set "
					+ "FELTLOGG_EMBEDDED_DATABASE_DIRECTORY to another directory, or SPRING_DATASOURCE_URL to a "
					+ "PostgreSQL database.", ex);
		}
	}

	private static void useEmbedded(ConfigurableEnvironment environment, EmbeddedDatabase embedded) {
		var properties = new HashMap<String, Object>();
		properties.put("spring.datasource.url", embedded.jdbcUrl(DATABASE_NAME));
		properties.put("spring.datasource.username", EmbeddedDatabase.APPLICATION);
		properties.put("spring.datasource.password", "");
		properties.put("spring.flyway.url", embedded.jdbcUrl(DATABASE_NAME));
		properties.put("spring.flyway.user", EmbeddedDatabase.OWNER);
		properties.put("spring.flyway.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource("feltloggEmbeddedDatabase", properties));
	}

	private static void checkReachable(String url, ConfigurableEnvironment environment) {
		var login = new Properties();
		setIfPresent(login, "user", environment.getProperty("spring.datasource.username"));
		setIfPresent(login, "password", environment.getProperty("spring.datasource.password"));
		login.setProperty("connectTimeout", "10");
		login.setProperty("loginTimeout", "15");
		try (var connection = DriverManager.getConnection(url, login)) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException("Feltlogg cannot reach its database " + withoutParameters(url) + " ("
					+ oneLine(ex) + "): set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and "
					+ "SPRING_DATASOURCE_PASSWORD) to a PostgreSQL database that answers.", ex);
		}
	}

	private static void setIfPresent(Properties properties, String key, @Nullable String value) {
		if (value != null) {
			properties.setProperty(key, value);
		}
	}

	/** A URL may carry a password among its parameters: never log them. */
	private static String withoutParameters(String url) {
		var query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

	private static String oneLine(Throwable ex) {
		var message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.replaceAll("\\s+", " ").trim();
	}

	/** Start-up cannot go on without a database; the message is the one line logged. */
	static class DatabaseUnavailableException extends RuntimeException {

		DatabaseUnavailableException(String message) {
			super(message);
		}

		DatabaseUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
