package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Sign-ins, failures, lockouts, refusals and administrator actions go to the append-only
 * security log; the administrator reads the municipality's, a leader only her own team's.
 */
@IntegrationTest
class SecurityLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		admin = municipality.user(municipality.account(Role.ADMIN));
	}

	private List<String> eventsOf(String username) {
		return jdbc.queryForList("select event from security_log where actor_username = ? order by at, event",
				String.class, username);
	}

	private UUID id(String username) {
		return jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
	}

	@Test
	void aSignInAFailureAndALockoutAreLoggedWithTheAccountsTeam() {
		var username = municipality.account(Role.WORKER);
		assertThat(mvc.perform(formLogin().user(username).password("wrong-password-1")))
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD))).hasRedirectedUrl("/");
		assertThat(eventsOf(username)).containsExactly("SIGN_IN_FAILED", "SIGN_IN");
		assertThat(jdbc.queryForList("select team_id from security_log where actor_username = ?", UUID.class, username))
			.containsOnly(municipality.teamA);
		assertThat(
				jdbc.queryForList("select address from security_log where actor_username = ?", String.class, username))
			.containsOnly("127.0.0.1");

		for (int i = 0; i <= SignInThrottle.FREE_FAILURES; i++) {
			assertThat(mvc.perform(formLogin().user(username).password("wrong-password-" + i)))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD))).as("locked")
			.hasRedirectedUrl("/login?error");
		assertThat(eventsOf(username)).containsExactly("SIGN_IN_FAILED", "SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
				"SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "LOCKED_OUT", "SIGN_IN_FAILED");
		assertThat(jdbc.queryForObject("""
				select detail from security_log where actor_username = ? order by at desc limit 1""", String.class,
				username))
			.as("the attempt on the locked account")
			.isEqualTo("LockedException");
	}

	@Test
	void aFailedSignInWithAnUnknownNameIsLoggedAsTyped() {
		var typed = "nobody." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.perform(formLogin().user(typed).password("whatever-it-is"))).hasRedirectedUrl("/login?error");
		assertThat(jdbc.queryForList(
				"select event || ' ' || coalesce(actor_id::text, '-') from security_log " + "where actor_username = ?",
				String.class, typed))
			.containsExactly("SIGN_IN_FAILED -");
	}

	@Test
	void aRefusalIsLoggedWithWhatWasAsked() {
		var worker = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.get().uri("/admin/accounts").with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForList(
				"select event || ' ' || detail || ' ' || team_id from security_log " + "where actor_id = ?",
				String.class, worker.accountId()))
			.containsExactly("ACCESS_DENIED GET /admin/accounts " + municipality.teamA);
	}

	@Test
	void anAdministratorsChangeIsLoggedWithBeforeAndAfterInBothTeams() {
		var username = municipality.account(Role.WORKER);
		var version = jdbc.queryForObject("select version from account where username = ?", Long.class, username);
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}", id(username))
			.param("displayName", "Test worker")
			.param("role", "LEADER")
			.param("teamId", municipality.teamB.toString())
			.param("version", String.valueOf(version))
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/admin/accounts");

		var row = jdbc.queryForMap("select * from security_log where target_id = ? and event = 'ACCOUNT_CHANGED'",
				id(username));
		assertThat(row.get("actor_id")).isEqualTo(admin.accountId());
		assertThat(row.get("actor_role")).isEqualTo("ADMIN");
		assertThat(row.get("before_value")).asString().startsWith("role=WORKER; team=Team A ");
		assertThat(row.get("after_value")).asString().startsWith("role=LEADER; team=Team B ");
		assertThat(row.get("team_id")).isEqualTo(municipality.teamB);
		assertThat(row.get("former_team_id")).isEqualTo(municipality.teamA);

		// the administrator's page shows it; leaders of both teams see it in their team's
		// log
		assertThat(mvc.get().uri("/admin/security-log").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Konto endret", username, "role=LEADER; team=Team B");
		var leaderA = municipality.user(municipality.account(Role.LEADER, municipality.teamA));
		assertThat(mvc.get().uri("/team/security-log").with(user(leaderA))).hasStatusOk()
			.bodyText()
			.contains("role=WORKER; team=Team A");
	}

	@Test
	void aLeaderSeesOnlyHerOwnTeamsRows() {
		var workerA = municipality.account(Role.WORKER, municipality.teamA);
		var workerB = municipality.account(Role.WORKER, municipality.teamB);
		assertThat(mvc.perform(formLogin().user(workerA).password("wrong-password-a")))
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(formLogin().user(workerB).password("wrong-password-b")))
			.hasRedirectedUrl("/login?error");
		var leaderA = municipality.user(municipality.account(Role.LEADER, municipality.teamA));

		assertThat(mvc.get().uri("/team/security-log").with(user(leaderA))).hasStatusOk()
			.bodyText()
			.contains(workerA)
			.doesNotContain(workerB);
		assertThat(mvc.get().uri("/admin/security-log").with(user(leaderA))).hasStatus(HttpStatus.FORBIDDEN);
		var worker = municipality.user(workerA);
		assertThat(mvc.get().uri("/team/security-log").with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
		var otherAdmin = staff.newMunicipality();
		assertThat(mvc.get().uri("/admin/security-log").with(user(otherAdmin.user(otherAdmin.account(Role.ADMIN)))))
			.hasStatusOk()
			.bodyText()
			.doesNotContain(workerA);
	}

	@Test
	void aLeaderSeesNewAccountsAndRoleChangesInHerTeamOnHerHomePage() {
		var leaderA = municipality.user(municipality.account(Role.LEADER, municipality.teamA));
		assertThat(mvc.post()
			.uri("/admin/accounts/new")
			.param("username", "ny." + municipality.teamA.toString().substring(0, 8))
			.param("displayName", "Ny Kollega")
			.param("role", "LEADER")
			.param("teamId", municipality.teamA.toString())
			.param("password", "et-langt-passord-123")
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/admin/accounts");
		var inB = "ny." + municipality.teamB.toString().substring(0, 8);
		assertThat(mvc.post()
			.uri("/admin/accounts/new")
			.param("username", inB)
			.param("displayName", "Annen Kollega")
			.param("role", "WORKER")
			.param("teamId", municipality.teamB.toString())
			.param("password", "et-langt-passord-123")
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/admin/accounts");

		assertThat(mvc.get().uri("/").with(user(leaderA))).hasStatusOk()
			.bodyText()
			.contains("Nye kontoer og endrede roller i teamet", "Konto opprettet",
					"ny." + municipality.teamA.toString().substring(0, 8), "role=LEADER")
			.doesNotContain(inB);
	}

	@Test
	void anAdministratorCannotChangeHerOwnRoleOrTeam() {
		var version = jdbc.queryForObject("select version from account where id = ?", Long.class, admin.accountId());
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}", admin.accountId())
			.param("displayName", "Test admin")
			.param("role", "LEADER")
			.param("teamId", municipality.teamA.toString())
			.param("version", String.valueOf(version))
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Du kan ikke endre din egen rolle eller ditt eget team.");
		assertThat(jdbc.queryForObject("select role from account where id = ?", String.class, admin.accountId()))
			.isEqualTo("ADMIN");
		// her own name she may change
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}", admin.accountId())
			.param("displayName", "Admin Adminsen")
			.param("role", "ADMIN")
			.param("teamId", "")
			.param("version", String.valueOf(version))
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/admin/accounts");
	}

	@Test
	void theSecurityLogCannotBeChangedOrEmptied() {
		var username = municipality.account(Role.WORKER);
		assertThat(mvc.perform(formLogin().user(username).password("wrong-password-1")))
			.hasRedirectedUrl("/login?error");
		// refused by the trigger where one role owns the table, by the missing privilege
		// where there are two (ADR 0022)
		var refusal = "append-only|permission denied";
		assertThatThrownBy(
				() -> jdbc.update("update security_log set actor_username = 'x' where actor_username = ?", username))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThatThrownBy(() -> jdbc.update("delete from security_log where actor_username = ?", username))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThatThrownBy(() -> jdbc.execute("truncate security_log")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageFindingMatch(refusal);
		assertThat(eventsOf(username)).containsExactly("SIGN_IN_FAILED");
	}

}
