package no.feltlogg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The access log and the security log are sealed in a hash chain per team: a row changed
 * behind the application's back, by the database owner with the triggers switched off, is
 * reported by its id.
 */
@IntegrationTest
class AuditChainTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccessLog accessLog;

	@Autowired
	AuditTrail trail;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	/**
	 * A plain connection as the owner of the tables (the Flyway user where it is a role
	 * of its own).
	 */
	private Connection asOwner() throws SQLException {
		var user = environment.getProperty("spring.flyway.user", environment.getProperty("spring.datasource.username"));
		var password = environment.getProperty("spring.flyway.password",
				environment.getProperty("spring.datasource.password", ""));
		return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"), user, password);
	}

	/**
	 * Changes one column of one access-log row as the owner, switching the append-only
	 * trigger off meanwhile.
	 */
	private void tamper(UUID rowId, String detail) throws SQLException {
		try (var connection = asOwner()) {
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("alter table access_log disable trigger access_log_no_update_or_delete");
				try (var update = connection.prepareStatement("update access_log set detail = ? where id = ?")) {
					update.setString(1, detail);
					update.setObject(2, rowId);
					assertThat(update.executeUpdate()).isOne();
				}
				statement.execute("alter table access_log enable trigger access_log_no_update_or_delete");
			}
			connection.commit();
		}
	}

	/** The check as an administrator asks for it. */
	private AuditTrail.Verification verify() {
		var municipality = staff.newMunicipality();
		return AsUser.call(municipality.user(municipality.account(Role.ADMIN)), trail::verify);
	}

	private UUID newRow(CurrentUser user, UUID youth, String detail) {
		accessLog.read(user, youth, "youth.record", detail, null);
		return jdbc.queryForObject("select id from access_log where youth_id = ? and detail = ?", UUID.class, youth,
				detail);
	}

	@Test
	void anIntactLogVerifiesIntactThroughTheApiForTheAdministratorOnly() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var row = newRow(worker, UUID.randomUUID(), "intact");
		var admin = municipality.user(municipality.account(Role.ADMIN));

		var answer = mvc.get().uri("/api/v1/audit/verify").with(user(admin)).exchange();
		assertThat(answer).hasStatusOk();
		assertThat(answer).bodyJson().extractingPath("$.intact").asBoolean().isTrue();
		assertThat(answer).bodyJson().extractingPath("$.firstBrokenRow").isNull();
		assertThat(answer).bodyJson()
			.extractingPath("$.rows")
			.asNumber()
			.satisfies(
					n -> assertThat(n.longValue())
						.isEqualTo(jdbc.queryForObject(
								"select (select count(*) from access_log where seal_no is not null) "
										+ "+ (select count(*) from security_log where seal_no is not null)",
								Long.class)));
		assertThat(jdbc.queryForObject("select seal_no is not null and length(hash) = 32 from access_log where id = ?",
				Boolean.class, row))
			.as("sealed by the check")
			.isTrue();

		for (var role : new Role[] { Role.WORKER, Role.LEADER, Role.SLT }) {
			assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(municipality.user(municipality.account(role)))))
				.as(role.name())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void aRowChangedByTheDatabaseOwnerIsReportedByItsId() throws SQLException {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var youth = UUID.randomUUID();
		newRow(worker, youth, "before");
		var victim = newRow(worker, youth, "original");
		newRow(worker, youth, "after");
		assertThat(verify().intact()).isTrue();

		tamper(victim, "rewritten");
		try {
			var result = verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenRow()).isEqualTo(victim);
		}
		finally {
			tamper(victim, "original");
		}
		assertThat(verify().intact()).as("restored").isTrue();
	}

	@Test
	void aRowCommittedAfterASealByAnOpenTransactionJoinsTheChainLater() throws SQLException {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var youth = UUID.randomUUID();
		var early = UUID.randomUUID();
		try (var page = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password", ""))) {
			// a page's transaction writes its access-log row first and commits last
			page.setAutoCommit(false);
			try (var insert = page.prepareStatement("""
					insert into access_log (id, account_id, username, role, team_id, youth_id, action, subject, allowed)
					values (?, ?, ?, 'WORKER', ?, ?, 'READ', 'youth.record', true)""")) {
				insert.setObject(1, early);
				insert.setObject(2, worker.accountId());
				insert.setString(3, worker.getUsername());
				insert.setObject(4, municipality.teamA);
				insert.setObject(5, youth);
				insert.executeUpdate();
			}
			var later = newRow(worker, youth, "committed first");
			trail.seal(); // does not wait for the open transaction, and cannot see its
							// row
			page.commit();
			assertThat(jdbc.queryForObject("select seal_no from access_log where id = ?", Long.class, later)).isOne();
		}
		var result = verify();
		assertThat(result.intact()).isTrue();
		assertThat(jdbc.queryForObject("select seal_no from access_log where id = ?", Long.class, early)).isEqualTo(2L);
	}

}
