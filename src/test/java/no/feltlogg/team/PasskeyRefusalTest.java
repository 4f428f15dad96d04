package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;

/**
 * What a passkey sign-in refuses without a browser: a credential the application never
 * registered, and a body that is no assertion at all. Neither signs anybody in, and
 * neither answers 500.
 */
@IntegrationTest
class PasskeyRefusalTest {

	/**
	 * A well-formed assertion (base64url fields) for a credential id that no account has.
	 */
	static final String UNKNOWN_CREDENTIAL = """
			{"id":"AAECAwQFBgcICQoLDA0ODw","rawId":"AAECAwQFBgcICQoLDA0ODw","type":"public-key",
			 "clientExtensionResults":{},"authenticatorAttachment":"platform",
			 "response":{"authenticatorData":"SZYN5YgOjGh0NBcPZHZgW4_krrmihjLHmVzzuoMdl2MFAAAAAQ",
			             "clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uZ2V0In0",
			             "signature":"MEUCIQ","userHandle":"AAEC"}}""";

	@Autowired
	MockMvcTester mvc;

	@Test
	void anUnknownCredentialIsRefusedAndSignsNobodyIn() {
		var options = mvc.post().uri("/webauthn/authenticate/options").with(csrf()).exchange();
		assertThat(options).hasStatusOk().bodyJson().extractingPath("$.challenge").isNotNull();
		var session = SessionCookie.of(options);

		var refused = mvc.post()
			.uri("/login/webauthn")
			.cookie(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(UNKNOWN_CREDENTIAL)
			.exchange();
		assertThat(refused).hasStatus(401).bodyText().contains("\"authenticated\":false");
		assertThat(mvc.get().uri("/").cookie(SessionCookie.after(refused, session))).hasRedirectedUrl("/login");
	}

	@Test
	void aBodyThatIsNoAssertionIsRefusedWithout500() {
		var options = mvc.post().uri("/webauthn/authenticate/options").with(csrf()).exchange();
		var session = SessionCookie.of(options);
		for (var body : new String[] { "{}", "not json", "{\"id\":\"%%%\"}" }) {
			var refused = mvc.post()
				.uri("/login/webauthn")
				.cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.exchange();
			assertThat(refused.getResponse().getStatus()).as(body).isBetween(400, 499);
		}
	}

}
