package no.feltlogg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import no.feltlogg.database.EmbeddedDatabase;

/**
 * The tests' PostgreSQL, one per test run (ADR 0002, 0021), whichever of these is found
 * first:
 * <ol>
 * <li>the database named by {@code FELTLOGG_TEST_DB_URL} (with
 * {@code FELTLOGG_TEST_DB_USERNAME}, default {@code feltlogg}, and
 * {@code FELTLOGG_TEST_DB_PASSWORD}, default empty): one role for migrations and
 * application, unless {@code FELTLOGG_TEST_DB_APP_USERNAME} (and {@code _APP_PASSWORD})
 * names a second role for the application;</li>
 * <li>a Testcontainers PostgreSQL 17 where Docker runs (one role);</li>
 * <li>otherwise an embedded PostgreSQL 17, started once per JVM in a temporary directory,
 * with both roles of ADR 0022: Flyway migrates as {@value EmbeddedDatabase#OWNER}, the
 * application connects as {@value EmbeddedDatabase#APPLICATION}.</li>
 * </ol>
 * {@link IntegrationTest} imports this configuration, which hands the database to the
 * application context. A test that starts a context of its own (a second instance, a
 * fresh schema) points it at the same database with {@link #springArguments()} or
 * {@link #application()} and {@link #owner()}; never H2, never a mock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	/** Where the tests' database comes from. */
	public enum Source {

		ENVIRONMENT, TESTCONTAINERS, EMBEDDED

	}

	/** A JDBC URL with the credentials of one role. */
	public record Login(String url, String username, String password) {

		/** A data source without a pool: a connection per use. */
		public DataSource dataSource() {
			return new DriverManagerDataSource(url, username, password);
		}

	}

	/** The database name in the embedded PostgreSQL. */
	static final String EMBEDDED_DATABASE = "feltlogg_test";

	private static Source source;

	private static Login application;

	private static Login owner;

	private static EmbeddedDatabase embedded;

	private static PostgreSQLContainer container;

	/** Where this run's database comes from. */
	public static synchronized Source source() {
		start();
		return source;
	}

	/** The application's role: what {@code spring.datasource.*} is set to. */
	public static synchronized Login application() {
		start();
		return application;
	}

	/**
	 * The role that owns the schema and migrates it; the same as {@link #application()}
	 * where there is one role.
	 */
	public static synchronized Login owner() {
		start();
		return owner;
	}

	/**
	 * The most privileged login this run has on the tests' database: the superuser
	 * {@code postgres} where the run started an embedded PostgreSQL, otherwise the owner
	 * (a superuser in Testcontainers' PostgreSQL). For a test that must change what the
	 * application's role cannot, as an attacker with database access would.
	 */
	public static Login privileged() {
		return source() == Source.EMBEDDED ? new Login(url(), "postgres", "") : owner();
	}

	/** Whether migrations and application use two roles (ADR 0022). */
	public static boolean twoRoles() {
		return !application().username().equals(owner().username());
	}

	/** The JDBC URL of the tests' database. */
	public static String url() {
		return application().url();
	}

	/** The application's database username. */
	public static String username() {
		return application().username();
	}

	/** The application's database password. */
	public static String password() {
		return application().password();
	}

	/**
	 * The Spring properties that point an application context at the tests' database,
	 * with both roles.
	 */
	public static Map<String, String> springProperties() {
		var properties = new LinkedHashMap<String, String>();
		properties.put("spring.datasource.url", application().url());
		properties.put("spring.datasource.username", application().username());
		properties.put("spring.datasource.password", application().password());
		if (twoRoles()) {
			properties.put("spring.flyway.user", owner().username());
			properties.put("spring.flyway.password", owner().password());
		}
		return properties;
	}

	/**
	 * {@link #springProperties()} as command-line arguments, e.g. for a
	 * {@code SpringApplicationBuilder}.
	 */
	public static List<String> springArguments() {
		var arguments = new ArrayList<String>();
		springProperties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return arguments;
	}

	/**
	 * The JVM-wide embedded PostgreSQL (started on first use, also when the tests'
	 * database is another one), for a test that needs a database of its own or the
	 * superuser: {@link EmbeddedDatabase#createDatabase(String)},
	 * {@link EmbeddedDatabase#superuser()}.
	 */
	public static synchronized EmbeddedDatabase embedded() {
		if (embedded == null) {
			try {
				embedded = EmbeddedDatabase.start(Files.createTempDirectory("feltlogg-test-db"), false, true)
					.createDatabase(EMBEDDED_DATABASE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
			}
		}
		return embedded;
	}

	private static void start() {
		if (source != null) {
			return;
		}
		var environment = System.getenv();
		var url = environment.get("FELTLOGG_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			owner = new Login(url, environment.getOrDefault("FELTLOGG_TEST_DB_USERNAME", "feltlogg"),
					environment.getOrDefault("FELTLOGG_TEST_DB_PASSWORD", ""));
			var appUsername = environment.get("FELTLOGG_TEST_DB_APP_USERNAME");
			application = appUsername == null || appUsername.isBlank() ? owner
					: new Login(url, appUsername, environment.getOrDefault("FELTLOGG_TEST_DB_APP_PASSWORD", ""));
			source = Source.ENVIRONMENT;
		}
		else if (dockerAvailable()) {
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			owner = new Login(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			application = owner;
			source = Source.TESTCONTAINERS;
		}
		else {
			var database = embedded();
			var jdbcUrl = database.jdbcUrl(EMBEDDED_DATABASE);
			owner = new Login(jdbcUrl, EmbeddedDatabase.OWNER, "");
			application = new Login(jdbcUrl, EmbeddedDatabase.APPLICATION, "");
			source = Source.EMBEDDED;
		}
	}

	/**
	 * Asks Testcontainers, without its multi-line ERROR where no Docker answers (also
	 * before Spring sets up logging).
	 */
	private static boolean dockerAvailable() {
		if (LoggerFactory.getLogger("org.testcontainers") instanceof ch.qos.logback.classic.Logger testcontainers) {
			testcontainers.setLevel(Level.WARN);
			((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.testcontainers.dockerclient"))
				.setLevel(Level.OFF);
		}
		return DockerClientFactory.instance().isDockerAvailable();
	}

	/**
	 * Hands the tests' database to the application context of every
	 * {@link IntegrationTest}.
	 */
	@Bean
	static DynamicPropertyRegistrar testDatabaseProperties() {
		return registry -> springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

}
