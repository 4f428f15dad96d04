package no.feltlogg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import no.feltlogg.support.TestDatabase;

/**
 * Connected as the application's database role (ADR 0022), nobody can rewrite the audit
 * trail: the access log, the security log and signed journal entries refuse UPDATE,
 * DELETE and TRUNCATE, and their triggers cannot be switched off. Runs on a database of
 * its own in the tests' embedded PostgreSQL (where both roles exist whatever the tests'
 * main database is), migrated by Flyway as the owner, with the same migrations as the
 * application.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRolesTest {

	private static final String OWNER = EmbeddedDatabase.OWNER;

	private static final String APP = EmbeddedDatabase.APPLICATION;

	private static String database;

	private static JdbcTemplate owner;

	private static UUID signedEntry;

	private static UUID draftEntry;

	@BeforeAll
	static void migrateAsTheOwner() throws Exception {
		database = "roles_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		var embedded = TestDatabase.embedded().createDatabase(database);
		Flyway.configure()
			.dataSource(embedded.dataSource(database, OWNER))
			.locations("classpath:db/migration")
			.placeholders(Map.of(DatabaseRoles.PLACEHOLDER, APP))
			.load()
			.migrate();
		owner = new JdbcTemplate(embedded.dataSource(database, OWNER));
		var municipality = UUID.randomUUID();
		var team = UUID.randomUUID();
		var account = UUID.randomUUID();
		owner.update("insert into municipality (id, name) values (?, 'Rollevik kommune')", municipality);
		owner.update("insert into team (id, municipality_id, name) values (?, ?, 'Ungdomsteamet')", team, municipality);
		owner.update("insert into account (id, municipality_id, team_id, username, display_name, password_hash, role) "
				+ "values (?, ?, ?, 'kari.rolle', 'Kari Rolle', 'x', 'WORKER')", account, municipality, team);
		owner.update(
				"insert into access_log (id, account_id, username, role, team_id, youth_id, action, subject, allowed) "
						+ "values (?, ?, 'kari.rolle', 'WORKER', ?, ?, 'READ', 'youth.record', true)",
				UUID.randomUUID(), account, team, UUID.randomUUID());
		signedEntry = UUID.randomUUID();
		draftEntry = UUID.randomUUID();
		owner.update(
				"insert into journal_entry (id, team_id, type, occurred_on, status, author_id, created_at, signed_at) "
						+ "values (?, ?, 'FOLLOW_UP', date '2026-11-02', 'SIGNED', ?, now(), now())",
				signedEntry, team, account);
		owner.update(
				"insert into journal_entry (id, team_id, type, occurred_on, status, author_id, created_at) "
						+ "values (?, ?, 'FOLLOW_UP', date '2026-11-02', 'DRAFT', ?, now())",
				draftEntry, team, account);
	}

	@Test
	void theApplicationsRoleOwnsNothingAndIsNoSuperuser() {
		var app = app();
		assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(APP);
		assertThat(app.queryForObject(
				"select rolsuper or rolcreaterole or rolbypassrls from pg_roles " + "where rolname = current_user",
				Boolean.class))
			.isFalse();
		assertThat(
				owner.queryForObject("select count(*) from pg_class where relowner = ?::regrole", Integer.class, APP))
			.isZero();
		assertThat(owner.queryForObject("select count(*) from pg_tables where schemaname = 'public' and tableowner = ?",
				Integer.class, OWNER))
			.isGreaterThan(30);
	}

	@Test
	void theAccessLogCanBeReadAndAppendedToButNotChangedEmptiedOrUnguarded() throws SQLException {
		var rowsBefore = owner.queryForObject("select count(*) from access_log", Integer.class);
		var app = app();
		app.update(
				"insert into access_log (id, account_id, username, role, team_id, action, subject, allowed) "
						+ "select ?, id, username, role, team_id, 'READ', 'youth.search', true from account",
				UUID.randomUUID());
		assertThat(app.queryForObject("select count(*) from access_log", Integer.class)).isEqualTo(rowsBefore + 1);

		try (var connection = connectAsApp()) {
			assertRefused(connection, "update access_log set allowed = false", "permission denied");
			assertRefused(connection, "delete from access_log", "permission denied");
			assertRefused(connection, "truncate access_log", "permission denied");
			assertRefused(connection, "alter table access_log disable trigger access_log_no_update_or_delete",
					"must be owner");
			assertRefused(connection, "alter table access_log disable trigger all", "must be owner");
			assertRefused(connection, "drop trigger access_log_no_update_or_delete on access_log", "must be owner");
			assertRefused(connection,
					"create or replace function access_log_is_append_only() returns trigger "
							+ "language plpgsql as $$ begin return new; end $$",
					"must be owner|permission denied for schema");
		}
		assertThat(owner.queryForObject("select count(*) from access_log where allowed", Integer.class))
			.isEqualTo(rowsBefore + 1);
		assertTriggersEnabled("access_log");
	}

	@Test
	void aSignedJournalEntryCannotBeChangedDeletedOrUnguarded() throws SQLException {
		try (var connection = connectAsApp()) {
			assertRefused(connection,
					"update journal_entry set occurred_on = date '2026-01-01' where id = '" + signedEntry + "'",
					"signed and cannot be update");
			assertRefused(connection, "delete from journal_entry where id = '" + signedEntry + "'",
					"signed and cannot be delete");
			assertRefused(connection, "truncate journal_entry", "permission denied");
			assertRefused(connection, "alter table journal_entry disable trigger journal_entry_signed_no_change",
					"must be owner");
			assertRefused(connection, "alter table journal_entry disable trigger all", "must be owner");
			assertRefused(connection, "drop trigger journal_entry_signed_no_change on journal_entry", "must be owner");
		}
		// a draft is the application's to edit: the refusals above are about the signed
		// entry, not a missing grant
		assertThat(app().update("update journal_entry set occurred_on = date '2026-11-01' where id = ?", draftEntry))
			.isOne();
		assertThat(owner.queryForObject("select occurred_on::text from journal_entry where id = ?", String.class,
				signedEntry))
			.isEqualTo("2026-11-02");
		assertTriggersEnabled("journal_entry");
	}

	/**
	 * The security log (V49) and the access log's list rows (V48) are held to the same
	 * rules as the access log.
	 */
	@Test
	void theSecurityLogAndTheListRowsCannotBeChangedEmptiedOrUnguarded() throws SQLException {
		var tables = List.of("access_log", "access_log_youth", "security_log");
		try (var connection = connectAsApp()) {
			for (var table : tables) {
				app().queryForObject("select count(*) from " + table, Integer.class);
				var column = owner.queryForObject(
						"select column_name from information_schema.columns "
								+ "where table_schema = 'public' and table_name = ? order by ordinal_position limit 1",
						String.class, table);
				assertRefused(connection, "update " + table + " set " + column + " = " + column, "permission denied");
				assertRefused(connection, "delete from " + table, "permission denied");
				assertRefused(connection, "truncate " + table, "permission denied");
				assertRefused(connection, "alter table " + table + " disable trigger all", "must be owner");
			}
		}
	}

	@Test
	void flywaysHistoryIsTheOwnersAlone() throws SQLException {
		try (var connection = connectAsApp()) {
			assertRefused(connection, "delete from flyway_schema_history", "permission denied");
			assertRefused(connection, "update flyway_schema_history set checksum = 0", "permission denied");
		}
	}

	/**
	 * The grants follow the role's name: a changed name makes Flyway apply the repeatable
	 * migration again.
	 */
	@Test
	void anotherApplicationRoleIsGrantedTheSameOnTheNextMigration() throws SQLException {
		var other = "feltlogg_other_app";
		new JdbcTemplate(TestDatabase.embedded().superuser()).execute("do $$ begin if not exists (select from pg_roles "
				+ "where rolname = '" + other + "') then create role " + other + " login; end if; end $$");
		var embedded = TestDatabase.embedded();
		try {
			var applied = Flyway.configure()
				.dataSource(embedded.dataSource(database, OWNER))
				.locations("classpath:db/migration")
				.placeholders(Map.of(DatabaseRoles.PLACEHOLDER, other))
				.load()
				.migrate();
			assertThat(applied.migrationsExecuted).isOne();
			var asOther = new JdbcTemplate(embedded.dataSource(database, other));
			assertThat(asOther.queryForObject("select count(*) from journal_entry where id = ?", Integer.class,
					signedEntry))
				.isOne();
			try (var connection = embedded.dataSource(database, other).getConnection()) {
				assertRefused(connection, "delete from access_log", "permission denied");
			}
		}
		finally {
			Flyway.configure()
				.dataSource(embedded.dataSource(database, OWNER))
				.locations("classpath:db/migration")
				.placeholders(Map.of(DatabaseRoles.PLACEHOLDER, APP))
				.load()
				.migrate();
		}
	}

	@Test
	void oneRoleForEverythingIsWarnedAboutTwoRolesAreNot(CapturedOutput output) {
		assertThat(DatabaseRoles.warnIfOneRole(app())).isFalse();
		assertThat(output).doesNotContain("Feltlogg connects to PostgreSQL as");

		assertThat(DatabaseRoles.warnIfOneRole(owner)).isTrue();
		assertThat(output).contains("Feltlogg connects to PostgreSQL as '" + OWNER + "', which owns the tables")
			.contains("SPRING_FLYWAY_USER");
	}

	private static JdbcTemplate app() {
		return new JdbcTemplate(TestDatabase.embedded().dataSource(database, APP));
	}

	private static Connection connectAsApp() throws SQLException {
		return TestDatabase.embedded().dataSource(database, APP).getConnection();
	}

	private static void assertRefused(Connection connection, String sql, String reason) {
		assertThatThrownBy(() -> {
			try (var statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}).as(sql).isInstanceOf(SQLException.class).hasMessageFindingMatch(reason);
	}

	private static void assertTriggersEnabled(String table) {
		assertThat(owner.queryForList(
				"select tgenabled::text from pg_trigger where tgrelid = ?::regclass " + "and not tgisinternal",
				String.class, table))
			.isNotEmpty()
			.containsOnly("O");
	}

}
