package no.feltlogg.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.Totp;

/**
 * Signs in as a demo leader or administrator: the documented password, then a code from
 * the published TOTP secret.
 */
final class DemoSignIn {

	private DemoSignIn() {
	}

	/**
	 * The session cookie of the signed-in person (sessions live in PostgreSQL, see
	 * {@link SessionCookie}).
	 */
	static Cookie withSecondFactor(MockMvcTester mvc, JdbcTemplate jdbc, String username) {
		// each code is accepted once; another test may have signed in as this demo person
		// within the same 30 seconds
		jdbc.update("update account_totp set last_used_step = null where account_id = "
				+ "(select id from account where username = ?)", username);
		var login = mvc.perform(formLogin().user(username).password(DemoData.PASSWORD));
		assertThat(login).as(username).hasRedirectedUrl("/login/second-factor");
		var code = mvc.post()
			.uri("/login/second-factor")
			.param("code", Totp.code(DemoData.TOTP_SECRET, 0))
			.cookie(SessionCookie.of(login))
			.with(csrf())
			.exchange();
		assertThat(code).as(username).hasRedirectedUrl("/");
		var renewed = code.getResponse().getCookie(SessionCookie.NAME);
		return renewed != null ? renewed : SessionCookie.of(login);
	}

}
