package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import no.feltlogg.FeltloggApplication;
import no.feltlogg.support.TestDatabase;

/**
 * A fresh database (here: a fresh schema of the test database) gets its first
 * administrator from the environment, and none without it. Starts the application itself
 * on a free port, so that it runs against an empty schema.
 */
class FirstAdministratorTest {

	@Test
	void theFirstAdministratorComesFromTheEnvironmentAndNoDefaultPasswordExists() {
		var schema = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (var context = start(schema, "first.admin", "et-sterkt-passord-2026")) {
			var jdbc = context.getBean(JdbcTemplate.class);
			var hash = jdbc.queryForObject(
					"select password_hash from account where username = 'first.admin' " + "and role = 'ADMIN'",
					String.class);
			assertThat(context.getBean(PasswordEncoder.class).matches("et-sterkt-passord-2026", hash)).isTrue();
			assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isOne();
			assertThat(jdbc.queryForObject("select name from municipality", String.class)).isEqualTo("Testvik kommune");
		}
		// a second start with other values changes nothing: an administrator exists
		try (var context = start(schema, "second.admin", "et-annet-passord-2026")) {
			var jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username from account", String.class)).containsExactly("first.admin");
		}
		var empty = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (var context = start(empty, "", "")) {
			var jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from account", Integer.class))
				.as("no account, and so no default password, without the environment")
				.isZero();
		}
		var owner = new JdbcTemplate(TestDatabase.owner().dataSource());
		owner.execute("drop schema " + schema + " cascade");
		owner.execute("drop schema " + empty + " cascade");
	}

	private static org.springframework.context.ConfigurableApplicationContext start(String schema, String username,
			String password) {
		var url = TestDatabase.url();
		var separator = url.contains("?") ? "&" : "?";
		var database = new LinkedHashMap<>(TestDatabase.springProperties());
		database.put("spring.datasource.url", url + separator + "currentSchema=" + schema);
		var arguments = new ArrayList<String>();
		database.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.addAll(List.of("--spring.flyway.default-schema=" + schema, "--spring.flyway.schemas=" + schema,
				"--spring.flyway.create-schemas=true", "--feltlogg.admin-username=" + username,
				"--feltlogg.admin-password=" + password, "--feltlogg.municipality-name=Testvik kommune",
				"--server.port=0", "--management.server.port=0", "--logging.level.root=WARN"));
		return new SpringApplicationBuilder(FeltloggApplication.class).run(arguments.toArray(String[]::new));
	}

}
