package no.feltlogg.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The session cookie a response set. Sessions live in PostgreSQL (Spring Session JDBC),
 * so a test carries the cookie from one request to the next, as a browser does, rather
 * than a {@code MockHttpSession}.
 */
public final class SessionCookie {

	public static final String NAME = "JSESSIONID";

	private SessionCookie() {
	}

	public static Cookie of(MvcTestResult result) {
		var cookie = result.getResponse().getCookie(NAME);
		assertThat(cookie).as("the response sets the session cookie").isNotNull();
		return cookie;
	}

	/**
	 * The session cookie after a response: a new one where the response set one (a new or
	 * renewed session).
	 */
	public static Cookie after(MvcTestResult result, Cookie before) {
		var cookie = result.getResponse().getCookie(NAME);
		return cookie != null ? cookie : before;
	}

}
