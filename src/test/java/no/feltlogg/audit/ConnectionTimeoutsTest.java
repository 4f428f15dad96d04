package no.feltlogg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Every connection, the access log's own included, has the statement, lock and
 * idle-in-transaction timeouts, and a statement that waits for a lock gives up instead of
 * holding its connection for as long as the lock lasts (issue 12, ADR 0025). Every
 * session speaks Oslo time, so a point in time becomes an Oslo day on any machine.
 */
@IntegrationTest
class ConnectionTimeoutsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditConnections auditConnections;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestStaff staff;

	@Test
	void theApplicationsConnectionsAndTheAccessLogsOwnHaveTheTimeouts() throws Exception {
		var settings = "select current_setting('statement_timeout') || ' ' || current_setting('lock_timeout') || ' '"
				+ " || current_setting('idle_in_transaction_session_timeout')";
		assertThat(jdbc.queryForObject(settings, String.class)).isEqualTo("30s 5s 1min");
		assertThat(auditConnections.jdbc().sql(settings).query(String.class).single()).isEqualTo("30s 5s 1min");
		assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isEqualTo(10_000);
	}

	@Test
	void everyConnectionCountsDaysInOsloWhateverTheMachinesZone() {
		// 23:30 UTC on 31 December is already New Year's Day in Oslo
		var day = "select current_setting('TimeZone') || ' ' || ('2025-12-31 23:30:00+00'::timestamptz)::date";
		assertThat(jdbc.queryForObject(day, String.class)).isEqualTo("Europe/Oslo 2026-01-01");
		assertThat(auditConnections.jdbc().sql(day).query(String.class).single()).isEqualTo("Europe/Oslo 2026-01-01");
	}

	@Test
	void aStatementWaitingForALockGivesUpAndTheLockHolderGoesOn() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var holder = new TransactionTemplate(transactions);
		holder.executeWithoutResult(status -> {
			jdbc.queryForList("select id from account where id = ? for update", worker.accountId());
			assertThatThrownBy(() -> auditConnections.jdbc()
				.sql("update account set display_name = display_name where id = ?")
				.param(worker.accountId())
				.update()).as("another connection waiting for the row lock")
				.isInstanceOf(DataAccessException.class)
				.hasStackTraceContaining("lock timeout");
			assertThat(
					jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, worker.accountId()))
				.isOne();
		});
	}

}
