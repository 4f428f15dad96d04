package no.feltlogg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestDatabase;
import no.feltlogg.support.TestStaff;

/**
 * The access log can be written and read by the application, never changed or emptied.
 */
@IntegrationTest
class AccessLogTest {

	@Autowired
	AccessLog accessLog;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rowsCannotBeUpdatedDeletedOrTruncatedByTheApplicationsRole() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var youth = UUID.randomUUID();
		accessLog.read(worker, youth, "youth.record", null, null);
		accessLog.refused(worker, youth, Access.READ, "youth.record", null);

		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(TestDatabase.username());
		// refused by the trigger where one role owns the table, by the missing privilege
		// where there are two (ADR 0022)
		var refusal = "append-only|permission denied";
		assertThatThrownBy(() -> jdbc.update("update access_log set allowed = true where youth_id = ?", youth))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThatThrownBy(
				() -> jdbc.update("update access_log set username = 'someone.else' where youth_id = ?", youth))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from access_log where youth_id = ?", youth))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThatThrownBy(() -> jdbc.execute("truncate access_log")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);

		assertThat(jdbc.queryForList("select allowed from access_log where youth_id = ? order by at", Boolean.class,
				youth))
			.containsExactly(true, false);
	}

	@Test
	void aReasonGivenOpensTheRecordToItsGiverOnly() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var colleague = municipality.user(municipality.account(Role.WORKER));
		var youth = UUID.randomUUID();
		var before = Instant.now().minusSeconds(1);
		accessLog.read(worker, youth, "youth.needToKnow", null, "Skal dekke vakt for kontaktpersonen i kveld");

		assertThat(accessLog.reasonGivenSince(worker.accountId(), youth, before))
			.contains("Skal dekke vakt for kontaktpersonen i kveld");
		assertThat(accessLog.reasonGivenSince(colleague.accountId(), youth, before)).isEmpty();
		assertThat(accessLog.reasonGivenSince(worker.accountId(), youth, Instant.now().plusSeconds(60))).isEmpty();
	}

	@Test
	void onlyTheLeaderReadsTheLog() {
		var municipality = staff.newMunicipality();
		var youth = UUID.randomUUID();
		for (var role : new Role[] { Role.WORKER, Role.SLT, Role.ADMIN }) {
			var user = municipality.user(municipality.account(role));
			assertThatThrownBy(() -> AsUser.call(user, () -> accessLog.forYouth(youth))).as(role.name())
				.isInstanceOf(AuthorizationDeniedException.class);
		}
		var leader = municipality.user(municipality.account(Role.LEADER));
		accessLog.read(leader, youth, "youth.record", null, null);
		assertThat(AsUser.call(leader, () -> accessLog.forYouth(youth))).singleElement()
			.satisfies(e -> assertThat(e.username()).isEqualTo(leader.getUsername()));
	}

}
