package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

@IntegrationTest
class SecurityTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
	}

	@ParameterizedTest
	@MethodSource("homePages")
	void eachRoleSignsInAndLandsOnItsHomePage(Role role, String expectedLead) {
		var username = municipality.account(role);
		var login = mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD));
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");

		assertThat(mvc.get().uri("/").cookie(SessionCookie.of(login))).hasStatusOk().bodyText().contains(expectedLead);
	}

	static Stream<Arguments> homePages() {
		return Stream.of(Arguments.of(Role.WORKER, "Her starter du vakten"),
				Arguments.of(Role.LEADER, "Oversikt over Team A"),
				Arguments.of(Role.SLT, "anonyme, sammenstilte trender"),
				Arguments.of(Role.ADMIN, "Administrer team og brukerkontoer"));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() {
		var username = municipality.account(Role.WORKER);
		assertThat(mvc.perform(formLogin().user(username).password("wrong-password-1")))
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(formLogin().user("nobody." + UUID.randomUUID()).password("x")))
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.get().uri("/login").param("error", "")).bodyText()
			.contains("Innloggingen mislyktes. Kontroller brukernavn og passord.");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForAWhile() {
		var username = municipality.account(Role.WORKER);
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(formLogin().user(username).password("wrong-password-" + i)))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD)))
			.as("right password while locked")
			.hasRedirectedUrl("/login?error");
		var lockedUntil = jdbc.queryForObject("select locked_until > now() from account where username = ?",
				Boolean.class, username);
		assertThat(lockedUntil).isTrue();
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(mvc.get().uri("/admin/accounts")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void eachRoleIsRefusedPagesThatAreNotTheirs(Role role, String url) {
		var user = municipality.user(municipality.account(role));
		assertThat(mvc.get().uri(url).with(user(user))).hasStatus(HttpStatus.FORBIDDEN);
	}

	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of(Role.WORKER, "/admin/accounts"), Arguments.of(Role.WORKER, "/admin/teams"),
				Arguments.of(Role.WORKER, "/slt/trends"), Arguments.of(Role.WORKER, "/statistics/annual"),
				Arguments.of(Role.WORKER, "/team/codes"), Arguments.of(Role.LEADER, "/admin/accounts"),
				Arguments.of(Role.LEADER, "/slt/trends"), Arguments.of(Role.SLT, "/admin/accounts"),
				Arguments.of(Role.SLT, "/fieldwork/encounters"), Arguments.of(Role.SLT, "/youth"),
				Arguments.of(Role.SLT, "/journal/x"), Arguments.of(Role.SLT, "/statistics/annual"),
				Arguments.of(Role.ADMIN, "/fieldwork/encounters"), Arguments.of(Role.ADMIN, "/youth"),
				Arguments.of(Role.ADMIN, "/journal/x"), Arguments.of(Role.ADMIN, "/statistics/annual"),
				Arguments.of(Role.ADMIN, "/slt/trends"));
	}

	@Test
	void adminPagesOpenForTheAdministrator() {
		var admin = municipality.user(municipality.account(Role.ADMIN));
		assertThat(mvc.get().uri("/admin/accounts").with(user(admin))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/teams").with(user(admin))).hasStatusOk();
	}

	@Test
	void aDisabledAccountIsRefusedMidSession() {
		var username = municipality.account(Role.WORKER);
		var login = mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD));
		var session = SessionCookie.of(login);
		assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

		var admin = municipality.user(municipality.account(Role.ADMIN));
		var id = jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
		assertThat(mvc.post().uri("/admin/accounts/{id}/disable", id).with(user(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/accounts");

		assertThat(mvc.get().uri("/").cookie(session)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?ended");
		assertThat(mvc.get().uri("/").cookie(session)).as("the session was ended, not only refused once")
			.hasRedirectedUrl("/login");
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD)))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void aRoleChangeEndsTheSession() {
		var username = municipality.account(Role.WORKER);
		var login = mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD));
		var session = SessionCookie.of(login);
		jdbc.update("update account set role = 'LEADER' where username = ?", username);
		assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/login?ended");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		var admin = municipality.user(municipality.account(Role.ADMIN));
		var name = "CSRF-team " + UUID.randomUUID();
		assertThat(mvc.post().uri("/admin/teams").param("name", name).with(user(admin)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForObject("select count(*) from team where name = ?", Integer.class, name)).isZero();

		assertThat(mvc.post().uri("/admin/teams").param("name", name).with(user(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/teams");
		assertThat(jdbc.queryForObject("select count(*) from team where name = ?", Integer.class, name)).isOne();
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		var worker = municipality.user(municipality.account(Role.WORKER));
		var page = mvc.get().uri("/").with(user(worker)).exchange();
		assertThat(page).hasStatusOk();
		var csp = page.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(page).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "same-origin")
			.hasValue("X-Frame-Options", "DENY");
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(page).bodyText().contains("<meta name=\"_csrf\"").contains("<meta name=\"_csrf_header\"");

		assertThat(mvc.get().uri("/login").exchange().getResponse().getHeader("Content-Security-Policy"))
			.contains("frame-ancestors 'none'");
	}

	@Test
	void theSessionIdChangesAtLogin() {
		var username = municipality.account(Role.WORKER);
		var before = SessionCookie.of(mvc.get().uri("/fieldwork/encounters").exchange());
		var login = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", TestStaff.PASSWORD)
			.with(csrf())
			.cookie(before)
			.exchange();
		assertThat(login.getResponse().getRedirectedUrl()).contains("/fieldwork/encounters");
		assertThat(SessionCookie.of(login).getValue()).isNotEqualTo(before.getValue());
		assertThat(mvc.get().uri("/").cookie(before)).as("the session id from before the login is worth nothing")
			.hasRedirectedUrl("/login");
	}

	@Test
	void passwordsAreStoredAsArgon2idAtOwaspParameters() {
		var username = municipality.account(Role.WORKER);
		var hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestStaff.PASSWORD);
	}

	@Test
	void actuatorExposesOnlyHealth() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
		var admin = municipality.user(municipality.account(Role.ADMIN));
		assertThat(mvc.get().uri("/actuator/env").with(user(admin))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/actuator/beans").with(user(admin))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void englishCanBeChosenAndBokmaalIsTheDefault() {
		var worker = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.get().uri("/").header("Accept-Language", "en-US").with(user(worker))).bodyText()
			.contains("lang=\"nb\"")
			.contains("Logg ut");
		assertThat(mvc.get().uri("/?lang=en").with(user(worker))).bodyText()
			.contains("lang=\"en\"")
			.contains("Sign out");
	}

}
