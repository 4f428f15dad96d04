package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * What an administrator does with accounts: change role and team, reset a password, stay
 * within her municipality.
 */
@IntegrationTest
class AccountAdministrationTest {

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

	private UUID id(String username) {
		return jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
	}

	@Test
	void anAdministratorMakesAWorkerTheLeaderOfAnotherTeam() {
		var username = municipality.account(Role.WORKER);
		var version = jdbc.queryForObject("select version from account where username = ?", Long.class, username);
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}", id(username))
			.param("displayName", "Kari Teamleder")
			.param("role", "LEADER")
			.param("teamId", municipality.teamB.toString())
			.param("version", String.valueOf(version))
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/admin/accounts");
		assertThat(jdbc.queryForObject(
				"select role || ' ' || team_id || ' ' || display_name from account where username = ?", String.class,
				username))
			.isEqualTo("LEADER " + municipality.teamB + " Kari Teamleder");
		// a worker or leader needs a team; an SLT coordinator has none
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}", id(username))
			.param("displayName", "Kari Teamleder")
			.param("role", "WORKER")
			.param("teamId", "")
			.param("version", String.valueOf(version + 1))
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Velg teamet kontoen hører til.");
		// a second administrator working from the old page gets the conflict page
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}", id(username))
			.param("displayName", "Kari")
			.param("role", "SLT")
			.param("version", String.valueOf(version))
			.with(user(admin))
			.with(csrf())).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void anAdministratorSeesOnlyHerOwnMunicipality() {
		var other = staff.newMunicipality();
		var stranger = other.account(Role.WORKER);
		assertThat(mvc.get().uri("/admin/accounts/{id}", id(stranger)).with(user(admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/admin/accounts/{id}/disable", id(stranger)).with(user(admin)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/admin/accounts").with(user(admin))).bodyText().doesNotContain(stranger);
		assertThat(mvc.post().uri("/admin/accounts/{id}/disable", admin.accountId()).with(user(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/accounts");
		assertThat(jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, admin.accountId()))
			.as("an administrator cannot lock herself out")
			.isTrue();
	}

}
