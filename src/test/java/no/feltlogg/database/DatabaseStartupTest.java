package no.feltlogg.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.FeltloggApplication;

/**
 * Starting Feltlogg as {@code ./mvnw spring-boot:run} and {@code java -jar} do, through
 * its {@code main} (ADR 0021): in production mode without a usable database it ends with
 * one line naming SPRING_DATASOURCE_URL and a non-zero exit; in a local profile without
 * one it runs on an embedded PostgreSQL whose data outlives a stop and start.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTest {

	@Test
	void aProductionStartWithoutADatabaseEndsWithOneLineAndANonZeroExit() throws Exception {
		var run = runMain();

		assertThat(run.exitCode()).isNotZero();
		assertOneLineNamingTheVariable(run.output());
		assertThat(run.output()).contains("Feltlogg has no database");
	}

	@Test
	void aProductionStartWithAnUnreachableDatabaseEndsWithOneLineAndANonZeroExit() throws Exception {
		int closedPort;
		try (var socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		var run = runMain("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort
				+ "/feltlogg?password=not-for-the-log", "--spring.datasource.username=feltlogg");

		assertThat(run.exitCode()).isNotZero();
		assertOneLineNamingTheVariable(run.output());
		assertThat(run.output())
			.contains("Feltlogg cannot reach its database jdbc:postgresql://127.0.0.1:" + closedPort)
			.doesNotContain("not-for-the-log");
	}

	@Test
	void theEmbeddedDatabaseKeepsItsDataBetweenRuns(@TempDir Path directory, CapturedOutput output)
			throws SQLException {
		var dataDirectory = directory.resolve("dev-database");
		var municipality = UUID.randomUUID();
		int port;
		try (var context = startDev(dataDirectory)) {
			var jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_user", String.class))
				.isEqualTo(EmbeddedDatabase.APPLICATION);
			assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'access_log'",
					String.class))
				.isEqualTo(EmbeddedDatabase.OWNER);
			jdbc.update("insert into municipality (id, name) values (?, 'Gårsdagen kommune')", municipality);
			port = jdbc.queryForObject("select current_setting('port')::int", Integer.class);
		}
		assertThat(output).contains("Database: embedded PostgreSQL 17 with its data in " + dataDirectory)
			.doesNotContain("Feltlogg connects to PostgreSQL as");
		assertThat(dataDirectory.resolve("PG_VERSION")).exists();
		assertThat(answers(port)).as("the embedded PostgreSQL stops with the application").isFalse();

		try (var context = startDev(dataDirectory)) {
			var jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select name from municipality where id = ?", String.class, municipality))
				.isEqualTo("Gårsdagen kommune");
		}
	}

	private static ConfigurableApplicationContext startDev(Path dataDirectory) {
		return FeltloggApplication.application()
			.run("--spring.profiles.active=dev", "--spring.datasource.url=",
					"--feltlogg.embedded-database.directory=" + dataDirectory, "--server.port=0",
					"--management.server.port=0", "--spring.jmx.enabled=false");
	}

	private static boolean answers(int port) {
		try (var socket = new java.net.Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void assertOneLineNamingTheVariable(String output) {
		var errors = output.lines().filter(line -> line.contains(" ERROR ") || line.contains("Exception")).toList();
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst()).contains("SPRING_DATASOURCE_URL").doesNotContain("Exception");
		assertThat(output.lines()).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
		assertThat(output).doesNotContain("APPLICATION FAILED TO START");
	}

	private record Run(int exitCode, String output) {
	}

	/**
	 * {@code FeltloggApplication.main} in a JVM of its own, with no database or profile
	 * in its environment.
	 */
	private static Run runMain(String... arguments) throws IOException, InterruptedException {
		var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
				System.getProperty("java.class.path"), FeltloggApplication.class.getName(), "--server.port=0"));
		command.addAll(List.of(arguments));
		var log = Files.createTempFile("feltlogg-main", ".log");
		try {
			var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("FELTLOGG_"));
			var process = builder.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("Feltlogg did not end by itself: " + Files.readString(log));
			}
			return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		finally {
			Files.delete(log);
		}
	}

}
