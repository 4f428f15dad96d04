package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

/**
 * The absolute session lifetime (default 12 hours, ADR 0032): a session signed in longer
 * ago ends at its next request however busy it was, and the person is told why on the
 * login page; a night shift of under 12 hours is never cut.
 */
@IntegrationTest
class SessionLifetimeTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	Clock clock;

	/** Moves the session's sign-in back in time, in the session store (PostgreSQL). */
	@SuppressWarnings("unchecked")
	private void signedInAgo(Cookie cookie, Duration ago) {
		var store = (SessionRepository<Session>) sessions;
		var session = store.findById(new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
		session.setAttribute(AccountStatusFilter.SIGNED_IN_AT, clock.instant().minus(ago));
		store.save(session);
	}

	@Test
	void aSessionOlderThanTwelveHoursEndsWithAClearMessage() {
		var username = staff.newMunicipality().account(Role.WORKER);
		var session = SessionCookie.of(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD)));
		assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

		signedInAgo(session, Duration.ofHours(11).plusMinutes(59));
		assertThat(mvc.get().uri("/").cookie(session)).as("a long night shift goes on").hasStatusOk();

		signedInAgo(session, Duration.ofHours(12).plusSeconds(1));
		assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/login?lifetime");
		assertThat(mvc.get().uri("/").cookie(session)).as("the session is gone").hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/login").param("lifetime", "")).hasStatusOk()
			.bodyText()
			.contains("Du har vært logget inn i mer enn 12 timer");
	}

}
