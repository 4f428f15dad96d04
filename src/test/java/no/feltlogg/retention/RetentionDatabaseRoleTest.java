package no.feltlogg.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestDatabase;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * Connected as the application's database role, a signed journal entry and the access log
 * cannot be changed or deleted by plain SQL, not even with the retention setting set by
 * hand; the retention functions (security definer, owned by the schema owner) can, and
 * only for what a confirmed rule makes due. The access log's chain still checks after its
 * oldest rows were deleted.
 */
@IntegrationTest
class RetentionDatabaseRoleTest {

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Journal journal;

	@Autowired
	RetentionRules rules;

	@Autowired
	Clock clock;

	@Test
	void onlyTheRetentionPathChangesASignedEntryOrDeletesAccessLogRows() throws Exception {
		Assumptions.assumeTrue(TestDatabase.twoRoles(), "the tests' database runs with one role");
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var admin = municipality.user(municipality.account(Role.ADMIN));
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		var youth = YouthFixtures.register(records, worker, "Rolf Rolle", Birth.of(LocalDate.of(2008, 1, 1)));
		var active = YouthFixtures.register(records, worker, "Aktiv Ungdom", Birth.of(LocalDate.of(2008, 1, 1)));
		var entry = AsUser.call(worker, () -> journal.write(worker, youth,
				new EntryContent(EntryType.FOLLOW_UP, today.minusMonths(20), 30, List.of(), "Signert tekst"), true));
		AsUser.run(worker, () -> records.close(worker, youth));
		rules.confirm(municipality.id, admin.accountId(), Map.of(RuleKind.YOUTH_RECORD, 12, RuleKind.ACCESS_LOG, 12),
				Map.of());

		try (Connection connection = TestDatabase.application().dataSource().getConnection()) {
			var app = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			assertThat(app.queryForObject("select current_user", String.class))
				.isEqualTo(TestDatabase.application().username());
			app.update("update youth set closed_on = ? where id = ?", today.minusMonths(18), youth);
			var logRow = app.queryForObject("select id from access_log where youth_id = ? limit 1", UUID.class, youth);

			// plain SQL is refused
			assertRefused(() -> app.update("update journal_entry set text = 'endret' where id = ?", entry));
			assertRefused(() -> app.update("delete from journal_entry where id = ?", entry));
			assertRefused(() -> app.update("update access_log set detail = 'endret' where id = ?", logRow));
			assertRefused(() -> app.update("delete from access_log where id = ?", logRow));
			assertRefused(() -> app.update("insert into access_log_cut (chain_id, seal_no, hash, cut_at) "
					+ "values (gen_random_uuid(), 1, '\\x00', now())"));
			// setting the retention flag by hand does not open the path: the role is not
			// the owner
			app.execute("select set_config('feltlogg.retention', 'on', false)");
			assertRefused(() -> app.update("update journal_entry set text = 'endret' where id = ?", entry));
			assertRefused(() -> app.update("delete from access_log where id = ?", logRow));
			app.execute("select set_config('feltlogg.retention', '', false)");
			assertThat(app.queryForObject("select text from journal_entry where id = ?", String.class, entry))
				.isEqualTo("Signert tekst");

			// the retention path refuses what is not due
			assertRefused(() -> app.queryForObject("select retention_anonymise_youth(?)", Integer.class, active));
			// and does what is
			assertThat(app.queryForObject("select retention_anonymise_youth(?)", Integer.class, youth)).isOne();
			assertThat(app.queryForObject("select text from journal_entry where id = ?", String.class, entry))
				.isEqualTo("[anonymisert]");
			assertThat(app.queryForObject("select status from journal_entry where id = ?", String.class, entry))
				.isEqualTo("SIGNED");
			assertThat(app.queryForObject("select name from youth where id = ?", String.class, youth))
				.isEqualTo("Anonymisert");
			assertRefused(() -> app.update("update journal_entry set text = 'igjen' where id = ?", entry));

			// the access log: three old rows and a new one in team B's chain; the old
			// ones go, the chain still checks
			for (int i = 0; i < 3; i++) {
				insertLogRow(app, worker.accountId(), municipality.teamB,
						"now() - interval '3 years' + interval '" + i + " minutes'");
			}
			var recent = insertLogRow(app, worker.accountId(), municipality.teamB, "now()");
			app.queryForObject("select audit_seal()", Integer.class);
			assertThat(app.queryForObject("select retention_delete_access_log(?)", Integer.class, municipality.id))
				.isEqualTo(3);
			assertThat(app.queryForObject("select count(*) from access_log where team_id = ?", Long.class,
					municipality.teamB))
				.isOne();
			assertThat(app.queryForObject("select seal_no from access_log_cut where chain_id = ?", Long.class,
					municipality.teamB))
				.isEqualTo(3L);
			assertThat(brokenRows(app, municipality.teamB)).isZero();
			var verified = app.queryForObject("select first_broken from audit_verify()", UUID.class);
			assertThat(verified).isNotEqualTo(recent);
			// a second run deletes nothing more: the chain's last row always stays
			assertThat(app.queryForObject("select retention_delete_access_log(?)", Integer.class, municipality.id))
				.isZero();
		}
	}

	private static UUID insertLogRow(JdbcTemplate app, UUID account, UUID team, String at) {
		var id = UUID.randomUUID();
		app.update(
				"insert into access_log (id, at, account_id, username, role, team_id, action, subject, allowed) "
						+ "values (?, " + at + ", ?, 'test', 'WORKER', ?, 'READ', 'youth.record', true)",
				id, account, team);
		return id;
	}

	/**
	 * The check of ADR 0026 for one chain, with the cut as the first remaining row's
	 * predecessor.
	 */
	private static long brokenRows(JdbcTemplate app, UUID team) {
		return app.queryForObject(
				"""
						with rows as (
						    select l.seal_no, l.hash,
						           access_log_digest(l, coalesce(lag(l.hash) over w, c.hash)) as expected,
						           coalesce(lag(l.seal_no) over w, c.seal_no) as previous_no
						      from access_log l left join access_log_cut c on c.chain_id = l.team_id
						     where l.team_id = ?
						    window w as (order by l.seal_no))
						select count(*) from rows
						 where seal_no is null or hash is null or hash <> expected or seal_no <> coalesce(previous_no, 0) + 1""",
				Long.class, team);
	}

	private static void assertRefused(Runnable statement) {
		assertThatThrownBy(statement::run).hasRootCauseInstanceOf(SQLException.class);
	}

}
