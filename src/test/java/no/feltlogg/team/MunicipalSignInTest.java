package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.shared.Role;
import no.feltlogg.support.Browser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

/**
 * Sign-in with the municipality's identity provider, end to end against NAV's mock OpenID
 * Connect provider running in the test: matched to an existing account by a claim, never
 * created, and the provider's second factor trusted.
 */
@IntegrationTest
class MunicipalSignInTest {

	static final int IDP_PORT = 18931;

	static final MockOAuth2Server idp = new MockOAuth2Server();

	static {
		idp.start(IDP_PORT);
	}

	@DynamicPropertySource
	static void kommune(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.registration.kommune.client-id", () -> "feltlogg");
		registry.add("spring.security.oauth2.client.registration.kommune.client-secret", () -> "hemmelig");
		registry.add("spring.security.oauth2.client.registration.kommune.scope", () -> "openid,profile");
		registry.add("spring.security.oauth2.client.provider.kommune.issuer-uri",
				() -> idp.issuerUrl("kommune").toString());
	}

	@AfterAll
	static void stopProvider() {
		idp.shutdown();
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	/** The browser's session cookie after the last sign-in through the provider. */
	private Cookie session;

	private void provider(String preferredUsername, List<String> amr) {
		idp.enqueueCallback(new DefaultOAuth2TokenCallback("kommune", UUID.randomUUID().toString(), "JWT", null,
				Map.of("preferred_username", preferredUsername, "amr", amr), 3600));
	}

	/**
	 * The authorization code flow: Feltlogg sends the browser to the provider, which
	 * sends it back with a code.
	 */
	private MvcTestResult signInAtTheMunicipality() throws Exception {
		var start = mvc.get().uri("/oauth2/authorization/kommune").exchange();
		var cookie = SessionCookie.of(start);
		var atProvider = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(start.getResponse().getRedirectedUrl())).build(),
					HttpResponse.BodyHandlers.discarding());
		var back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
		var result = mvc.get().uri(back).cookie(cookie).exchange();
		session = SessionCookie.after(result, cookie);
		return result;
	}

	@Test
	void theLoginPageOffersTheMunicipalsAccount() {
		assertThat(mvc.get().uri("/login")).bodyText().contains("Logg inn med kommunens konto");
	}

	@Test
	void aKnownPersonWhoseProviderAskedForASecondFactorIsNotAskedAgain() throws Exception {
		var username = staff.newMunicipality().account(Role.LEADER);
		secondFactors.enrolPublishedSecret(username, "JBSWY3DPEHPK3PXP");
		provider(username, List.of("pwd", "mfa"));
		var result = signInAtTheMunicipality();
		assertThat(result).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk().bodyText().contains("Oversikt over Team A");
	}

	@Test
	void withoutTheProvidersSecondFactorFeltloggAsksForItsOwn() throws Exception {
		var username = staff.newMunicipality().account(Role.WORKER);
		secondFactors.enrolPublishedSecret(username, "JBSWY3DPEHPK3PXP");
		provider(username, List.of("pwd"));
		var result = signInAtTheMunicipality();
		assertThat(result).hasRedirectedUrl("/login/second-factor");
		assertThat(mvc.get().uri("/fieldwork/encounters").cookie(session)).hasRedirectedUrl("/login/second-factor");
	}

	@Test
	void aPersonIsMatchedByTheExternalIdStoredOnTheAccount() throws Exception {
		var username = staff.newMunicipality().account(Role.SLT);
		var upn = username + "@kommune.example";
		jdbc.update("update account set external_id = ? where username = ?", upn, username);
		provider(upn, List.of("mfa"));
		var result = signInAtTheMunicipality();
		assertThat(result).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("anonyme, sammenstilte trender");
	}

	@Test
	void anUnknownPersonIsRefusedWithAClearPageAndNeverCreated() throws Exception {
		var stranger = "ukjent." + UUID.randomUUID().toString().substring(0, 8);
		provider(stranger, List.of("pwd", "mfa"));
		var result = signInAtTheMunicipality();
		assertThat(result).hasRedirectedUrl("/login/unknown");
		assertThat(mvc.get().uri("/login/unknown")).hasStatusOk().bodyText().contains("du har ingen konto i Feltlogg");
		assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, stranger))
			.isZero();
		assertThat(jdbc.queryForList("select event from security_log where actor_username = ? and actor_id is null",
				String.class, stranger))
			.as("the refusal in the security log")
			.containsExactly("SIGN_IN_FAILED");
		assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/login");
	}

	@Test
	void aPersonSignsInThroughTheMunicipalityInTheBrowser() {
		var username = staff.newMunicipality().account(Role.WORKER);
		provider(username, List.of("pwd", "mfa"));
		try (var browser = Browser.open(port)) {
			browser.go("/login").click("#municipal-login");
			browser.waitFor(driver -> browser.path().equals("/"));
			assertThat(browser.text(".lead")).contains("starter du vakten");
			browser.assertAccessible();
		}
	}

}
