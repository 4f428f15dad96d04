package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;
import no.feltlogg.support.Totp;

/**
 * A person's sessions (ADR 0032), each test with several sessions (cookies) of one person
 * in the session store: a changed password or a removed passkey ends her other sessions
 * and keeps the one she used; a fourth sign-in ends the oldest; an administrator removes
 * a lost second factor, which ends all her sessions.
 */
@IntegrationTest
class SignedInSessionsTest {

	static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
	}

	private Cookie signIn(String username) {
		var login = mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD));
		assertThat(login).hasRedirectedUrl("/");
		return SessionCookie.of(login);
	}

	private Cookie signInWithCode(String username, int step) {
		var login = mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD));
		assertThat(login).hasRedirectedUrl("/login/second-factor");
		var first = SessionCookie.of(login);
		var code = mvc.post()
			.uri("/login/second-factor")
			.param("code", Totp.code(SECRET, step))
			.cookie(first)
			.with(csrf())
			.exchange();
		assertThat(code).hasRedirectedUrl("/");
		return SessionCookie.after(code, first);
	}

	private void assertSignedIn(Cookie session) {
		assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();
	}

	private void assertEnded(Cookie session) {
		assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	/**
	 * A passkey row as Spring Security's JDBC repository writes it (the key itself is
	 * never read here).
	 */
	private String passkeyOf(String username) {
		var handle = jdbc.query("select id from user_entities where name = ?", (rs, row) -> rs.getString(1), username)
			.stream()
			.findFirst()
			.orElseGet(() -> {
				var id = UUID.randomUUID().toString();
				jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)", id, username,
						username);
				return id;
			});
		var credential = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(UUID.randomUUID().toString().getBytes());
		jdbc.update("""
				insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
				  backup_eligible, backup_state, created, last_used, label, authenticator_transports)
				values (?, ?, ?, 0, false, false, now(), now(), 'Jobbtelefon', 'internal')""", credential, handle,
				new byte[] { 1, 2, 3 });
		return credential;
	}

	private int passkeys(String username) {
		return jdbc.queryForObject("select count(*) from user_credentials c join user_entities u"
				+ " on u.id = c.user_entity_user_id where u.name = ?", Integer.class, username);
	}

	@Test
	void changingHerPasswordEndsHerOtherSessionsAndKeepsThisOne() {
		var username = municipality.account(Role.WORKER);
		var phone = signIn(username);
		var office = signIn(username);
		assertSignedIn(phone);
		assertSignedIn(office);

		MvcTestResult changed = mvc.post()
			.uri("/account/password")
			.param("currentPassword", TestStaff.PASSWORD)
			.param("newPassword", "sju sultne måker på brygga")
			.cookie(office)
			.with(csrf())
			.exchange();
		assertThat(changed).hasRedirectedUrl("/");

		assertSignedIn(SessionCookie.after(changed, office));
		assertEnded(phone);
		assertThat(jdbc.queryForObject(
				"select count(*) from security_log where event = 'PASSWORD_CHANGED'" + " and actor_username = ?",
				Integer.class, username))
			.isEqualTo(1);
	}

	@Test
	void removingHerPasskeyEndsHerOtherSessionsAndAnotherPersonsPasskeyIsNotFound() {
		var username = municipality.account(Role.WORKER);
		var other = municipality.account(Role.WORKER);
		secondFactors.enrolPublishedSecret(username, SECRET);
		var hers = passkeyOf(username);
		var notHers = passkeyOf(other);
		var phone = signInWithCode(username, 0);
		var office = signInWithCode(username, 1);

		var page = mvc.get().uri("/account/second-factor").cookie(office).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Jobbtelefon").contains("Registrer passnøkkel");

		var refused = mvc.post()
			.uri("/account/second-factor/passkeys/remove")
			.param("credential", notHers)
			.cookie(office)
			.with(csrf())
			.exchange();
		assertThat(refused).hasRedirectedUrl("/account/second-factor");
		assertThat(passkeys(other)).as("another person's passkey stays").isOne();
		assertSignedIn(phone);

		var removed = mvc.post()
			.uri("/account/second-factor/passkeys/remove")
			.param("credential", hers)
			.cookie(office)
			.with(csrf())
			.exchange();
		assertThat(removed).hasRedirectedUrl("/account/second-factor");
		assertThat(passkeys(username)).isZero();
		assertSignedIn(SessionCookie.after(removed, office));
		assertEnded(phone);
	}

	@Test
	void aFourthSignInEndsTheOldestOfHerSessions() {
		var username = municipality.account(Role.LEADER);
		var first = signIn(username);
		var second = signIn(username);
		var third = signIn(username);
		assertSignedIn(first);

		var fourth = signIn(username);
		assertSignedIn(fourth);
		assertSignedIn(third);
		assertSignedIn(second);
		assertEnded(first);
	}

	@Test
	void anAdministratorRemovesALostSecondFactorAndEndsHerSessions() {
		var username = municipality.account(Role.WORKER);
		secondFactors.enrolPublishedSecret(username, SECRET);
		passkeyOf(username);
		var id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
		var herSession = signInWithCode(username, 0);
		assertSignedIn(herSession);

		var admin = signIn(municipality.account(Role.ADMIN));
		assertThat(mvc.get().uri("/admin/accounts/" + id).cookie(admin)).hasStatusOk()
			.bodyText()
			.contains("Fjern andre faktor");

		var leader = signIn(municipality.account(Role.LEADER));
		var worker = signIn(municipality.account(Role.WORKER));
		assertThat(mvc.post().uri("/admin/accounts/" + id + "/second-factor/remove").cookie(leader).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/admin/accounts/" + id + "/second-factor/remove").cookie(worker).with(csrf()))
			.hasStatus(403);
		assertThat(secondFactors.enrolled(id)).isTrue();
		assertSignedIn(herSession);

		var removed = mvc.post()
			.uri("/admin/accounts/" + id + "/second-factor/remove")
			.cookie(admin)
			.with(csrf())
			.exchange();
		assertThat(removed).hasRedirectedUrl("/admin/accounts/" + id);
		assertThat(secondFactors.enrolled(id)).isFalse();
		assertThat(passkeys(username)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ?", Integer.class,
				id))
			.isZero();
		assertEnded(herSession);
		assertThat(jdbc.queryForObject(
				"select count(*) from security_log where event = 'SECOND_FACTOR_REMOVED'" + " and target_id = ?",
				Integer.class, id))
			.isOne();

		// her next sign-in asks for no code she no longer has (her role needs none here;
		// otherwise she enrols)
		signIn(username);
	}

	@Test
	void anAdministratorOfAnotherMunicipalityFindsNoSuchAccount() {
		var username = municipality.account(Role.WORKER);
		secondFactors.enrolPublishedSecret(username, SECRET);
		var id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
		var stranger = signIn(staff.newMunicipality().account(Role.ADMIN));
		assertThat(mvc.post().uri("/admin/accounts/" + id + "/second-factor/remove").cookie(stranger).with(csrf()))
			.hasStatus(404);
		assertThat(secondFactors.enrolled(id)).isTrue();
	}

}
