package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

/**
 * A password reset gives the administrator a one-time link, never the password: the
 * person sets her own with it, once, within its hours.
 */
@IntegrationTest
class PasswordLinkTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser admin;

	String username;

	UUID accountId;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		admin = municipality.user(municipality.account(Role.ADMIN));
		username = municipality.account(Role.WORKER);
		accountId = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
	}

	/**
	 * The path of a new link, as the administrator's page shows it after she asked for
	 * one.
	 */
	private String newLink() {
		var made = mvc.post().uri("/admin/accounts/{id}/password", accountId).with(user(admin)).with(csrf()).exchange();
		assertThat(made).hasRedirectedUrl("/admin/accounts/" + accountId + "/password");
		var link = (String) made.getMvcResult().getFlashMap().get("link");
		assertThat(link).startsWith("http://localhost/password/");
		// the link waits in the session as a flash attribute, for the page the redirect
		// leads to
		assertThat(mvc.get()
			.uri("/admin/accounts/{id}/password", accountId)
			.with(user(admin))
			.cookie(SessionCookie.of(made))).hasStatusOk().bodyText().contains(link);
		return link.substring("http://localhost".length());
	}

	@Test
	void theLinkSetsTheirOwnPasswordOnceAndTheAdministratorNeverSeesIt() {
		var link = newLink();
		var token = link.substring("/password/".length());
		assertThat(jdbc.queryForObject("select count(*) from password_link where token_hash = ?", Integer.class, token))
			.as("the token itself is not stored")
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from password_link where account_id = ? "
						+ "and token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
				Integer.class, accountId, token))
			.as("its hash is")
			.isOne();

		assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Velg et nytt passord for " + username);
		assertThat(mvc.post().uri(link).param("password", "kort").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Passordet må ha minst 12 og høyst 128 tegn.");
		assertThat(mvc.post().uri(link).param("password", "x" + username.toUpperCase() + "x").with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Passordet kan ikke inneholde brukernavnet.");
		assertThat(mvc.post().uri(link).param("password", "mitt-eget-lange-passord").with(csrf()))
			.hasRedirectedUrl("/password/done");

		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD)))
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(formLogin().user(username).password("mitt-eget-lange-passord"))).hasRedirectedUrl("/");

		assertThat(mvc.get().uri(link)).as("used once").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(link).param("password", "et-annet-langt-passord").with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.perform(formLogin().user(username).password("et-annet-langt-passord")))
			.hasRedirectedUrl("/login?error");

		assertThat(jdbc.queryForList("select event from security_log where target_id = ? or actor_id = ? order by at",
				String.class, accountId, accountId))
			.containsSubsequence("PASSWORD_LINK_CREATED", "PASSWORD_SET", "SIGN_IN_FAILED", "SIGN_IN");
	}

	@Test
	void settingThePasswordEndsThePersonsSessionsSignedInBefore() {
		var before = mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD));
		assertThat(before).hasRedirectedUrl("/");
		var oldSession = SessionCookie.of(before);
		assertThat(mvc.get().uri("/").cookie(oldSession)).hasStatusOk();

		var link = newLink();
		assertThat(mvc.get().uri("/").cookie(oldSession)).as("a link alone ends nothing").hasStatusOk();
		assertThat(mvc.post().uri(link).param("password", "mitt-eget-lange-passord").with(csrf()))
			.hasRedirectedUrl("/password/done");
		assertThat(mvc.get().uri("/").cookie(oldSession)).hasRedirectedUrl("/login?ended");

		var after = mvc.perform(formLogin().user(username).password("mitt-eget-lange-passord"));
		assertThat(after).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/").cookie(SessionCookie.of(after))).as("a session signed in with the new password")
			.hasStatusOk();
	}

	@Test
	void aLinkExpiresAfterItsHoursAndANewLinkEndsTheOldOne() {
		var first = newLink();
		var second = newLink();
		assertThat(mvc.get().uri(first)).as("replaced by the second").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(second)).hasStatusOk();

		jdbc.update("update password_link set created_at = created_at - interval '13 hours', "
				+ "expires_at = expires_at - interval '13 hours' where account_id = ?", accountId);
		assertThat(mvc.get().uri(second)).as("expired")
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Lenken er ukjent, allerede brukt eller utløpt.");
		assertThat(mvc.post().uri(second).param("password", "mitt-eget-lange-passord").with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD))).hasRedirectedUrl("/");
	}

	@Test
	void anUnknownLinkIsRefused() {
		assertThat(mvc.get().uri("/password/{token}", "not-a-token")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
