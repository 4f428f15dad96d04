package no.feltlogg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded PostgreSQL itself: a kept data directory outlives a stop and a start on
 * the same port (as the demo's does between runs, and as a fault test needs under a
 * running application), with both roles.
 */
class EmbeddedDatabaseTest {

	@Test
	void aKeptDataDirectoryOutlivesAStopAndAStartOnTheSamePort(@TempDir Path directory) throws IOException {
		var dataDirectory = directory.resolve("data");
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (var first = EmbeddedDatabase.start(dataDirectory, true, true, port).createDatabase("kept")) {
			assertThat(first.port()).isEqualTo(port);
			var owner = new JdbcTemplate(first.dataSource("kept", EmbeddedDatabase.OWNER));
			owner.execute("create table note (text varchar(100) not null)");
			owner.update("insert into note values ('skrevet i går')");
			assertThat(owner.queryForObject("show server_version", String.class)).startsWith("17.");
		}
		var stopped = new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port + "/kept",
				EmbeddedDatabase.OWNER, ""));
		assertThatThrownBy(() -> stopped.queryForObject("select 1", Integer.class)).as("stopped")
			.isInstanceOf(DataAccessException.class);

		try (var second = EmbeddedDatabase.start(dataDirectory, true, true, port).createDatabase("kept")) {
			var app = new JdbcTemplate(second.dataSource("kept", EmbeddedDatabase.APPLICATION));
			assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedDatabase.APPLICATION);
			assertThat(new JdbcTemplate(second.dataSource("kept", EmbeddedDatabase.OWNER))
				.queryForList("select text from note", String.class)).containsExactly("skrevet i går");
		}
	}

}
