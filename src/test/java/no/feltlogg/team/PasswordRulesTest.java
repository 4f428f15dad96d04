package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * A password is at least 12 characters, not among the 100 000 most common, and not the
 * username, wherever it is set.
 */
@IntegrationTest
class PasswordRulesTest {

	static final String COMMON = "passwordpassword";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	AccountAdministration administration;

	@Autowired
	PasswordLinks links;

	TestStaff.Municipality municipality;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		admin = municipality.user(municipality.account(Role.ADMIN));
	}

	@Test
	void theShippedListHoldsTheCommonPasswordsOfTwelveCharactersAndMore() {
		assertThat(policy.isCommon("aaaaaaaaaaaa")).isTrue();
		assertThat(policy.isCommon("123456789012")).isTrue();
		assertThat(policy.isCommon("PasswordPassword")).as("without regard to case").isTrue();
		assertThat(policy.isCommon("kaffe med melk på trappa")).isFalse();
	}

	@Test
	void anAdministratorCannotGiveANewAccountACommonPassword() {
		var username = "ny." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.post()
			.uri("/admin/accounts/new")
			.param("username", username)
			.param("displayName", "Ny Ansatt")
			.param("role", "SLT")
			.param("password", COMMON)
			.with(user(admin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Dette passordet er blant de 100 000 mest brukte og lett å gjette.");
		assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username))
			.isZero();
	}

	@Test
	void aPasswordThatContainsTheUsernameIsRefusedAtTheField() {
		var username = "kari." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.post()
			.uri("/admin/accounts/new")
			.param("username", username)
			.param("displayName", "Kari")
			.param("role", "SLT")
			.param("password", username + "-hemmelig")
			.with(user(admin))
			.with(csrf())).hasStatusOk().bodyText().contains("Passordet kan ikke inneholde brukernavnet.");
	}

	@Test
	void aPasswordSetByAnAdministratorsLinkRefusesACommonPasswordAndTheServiceToo() {
		var username = municipality.account(Role.WORKER);
		var id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
		var token = AsUser.call(admin, () -> administration.createPasswordLink(admin, id));
		assertThat(mvc.post().uri("/password/{token}", token).param("password", "qwertyuiop123").with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("mest brukte og lett å gjette");
		assertThatThrownBy(() -> links.setPassword(token, COMMON)).isInstanceOf(IllegalArgumentException.class);
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD))).hasRedirectedUrl("/");
		assertThat(links.accountOf(token)).as("a refused password leaves the link usable").isPresent();
	}

	@Test
	void aPersonChangesHerOwnPasswordWithTheCurrentOne() {
		var username = municipality.account(Role.WORKER);
		var me = municipality.user(username);
		assertThat(mvc.get().uri("/").with(user(me))).bodyText().contains("Bytt passord");
		assertThat(mvc.get().uri("/account/password").with(user(me))).hasStatusOk();

		assertThat(mvc.post()
			.uri("/account/password")
			.param("currentPassword", TestStaff.PASSWORD)
			.param("newPassword", COMMON)
			.with(user(me))
			.with(csrf())).hasStatusOk().bodyText().contains("mest brukte og lett å gjette");
		assertThat(mvc.post()
			.uri("/account/password")
			.param("currentPassword", "not-my-password-at-all")
			.param("newPassword", "tre små kattunger i snøen")
			.with(user(me))
			.with(csrf())).hasStatusOk().bodyText().contains("Passordet er feil.");
		assertThat(jdbc.queryForObject("select failed_logins from account where username = ?", Integer.class, username))
			.as("a wrong current password counts as a failed sign-in")
			.isEqualTo(1);

		assertThat(mvc.post()
			.uri("/account/password")
			.param("currentPassword", TestStaff.PASSWORD)
			.param("newPassword", "tre små kattunger i snøen")
			.with(user(me))
			.with(csrf())).hasRedirectedUrl("/");
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD)))
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(formLogin().user(username).password("tre små kattunger i snøen"))).hasRedirectedUrl("/");
	}

	@Test
	void theRulesOneByOne() {
		assertThat(policy.problem("kort-passord", "kari")).isEmpty();
		assertThat(policy.problem("kort", "kari")).contains("password.length");
		assertThat(policy.problem("x".repeat(129), "kari")).contains("password.length");
		assertThat(policy.problem("KARI.NORDMANN-2026", "kari.nordmann")).contains("password.username");
		assertThat(policy.problem("aaaaaaaaaaaa", "kari")).contains("password.common");
		assertThat(policy.problem("abababababababab", "kari")).contains("password.simple");
	}

}
