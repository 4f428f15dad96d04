package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;
import no.feltlogg.support.Totp;

/**
 * TOTP as a second factor: asked after the password, enrolled by QR code or typed secret,
 * and asked again when fresh.
 */
@IntegrationTest
class SecondFactorTest {

	static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	TestStaff.Municipality municipality;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
	}

	private String enrolled(Role role) {
		var username = municipality.account(role);
		secondFactors.enrolPublishedSecret(username, SECRET);
		return username;
	}

	private Cookie passwordOnly(String username) {
		var login = mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD));
		assertThat(login).hasRedirectedUrl("/login/second-factor");
		return SessionCookie.of(login);
	}

	private MvcTestResult code(Cookie session, String code) {
		return mvc.post().uri("/login/second-factor").param("code", code).cookie(session).with(csrf()).exchange();
	}

	/**
	 * The session after a step that may have renewed it (a second factor given changes
	 * the session id).
	 */
	private static Cookie after(MvcTestResult result, Cookie before) {
		return SessionCookie.after(result, before);
	}

	/**
	 * Makes the session's last second factor as old as given, in the session store
	 * (PostgreSQL).
	 */
	@SuppressWarnings("unchecked")
	private void secondFactorGivenAt(Cookie cookie, Instant at) {
		var store = (SessionRepository<Session>) sessions;
		var session = store.findById(new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
		session.setAttribute(SecondFactorSession.VERIFIED_AT, at);
		store.save(session);
	}

	@Test
	void aPersonWithTotpGivesTheCodeAfterThePasswordAndSeesNothingBefore() throws Exception {
		var username = enrolled(Role.LEADER);
		var session = passwordOnly(username);
		assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/login/second-factor");
		assertThat(mvc.get().uri("/team/codes").cookie(session)).hasRedirectedUrl("/login/second-factor");

		var page = mvc.get().uri("/login/second-factor").cookie(session).exchange();
		var form = Jsoup.parse(page.getResponse().getContentAsString())
			.selectFirst("form[action=/login/second-factor]");
		assertThat(form.select("input:not([type=hidden]), select, textarea")).singleElement()
			.satisfies(input -> assertThat(input.attr("name")).isEqualTo("code"));

		assertThat(code(session, "000000")).hasStatusOk().bodyText().contains("Koden stemmer ikke.");
		assertThat(jdbc.queryForObject("select failed_logins from account where username = ?", Integer.class, username))
			.as("a wrong code counts as a failed sign-in")
			.isEqualTo(1);

		var signedIn = code(session, Totp.code(SECRET, 0));
		assertThat(signedIn).hasRedirectedUrl("/");
		var full = after(signedIn, session);
		assertThat(mvc.get().uri("/").cookie(full)).hasStatusOk().bodyText().contains("Oversikt over Team A");
	}

	@Test
	void aCodeIsAcceptedOnceOnly() {
		var username = enrolled(Role.WORKER);
		var code = Totp.code(SECRET, 1);
		assertThat(code(passwordOnly(username), code)).hasRedirectedUrl("/");
		assertThat(code(passwordOnly(username), code)).hasStatusOk().bodyText().contains("Koden stemmer ikke.");
	}

	@Test
	void aPersonWithoutTotpSignsInWithThePasswordWhenHerRoleNeedsNone() {
		var username = municipality.account(Role.WORKER);
		assertThat(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD))).hasRedirectedUrl("/");
	}

	@Test
	void enrolmentByTypedSecretGivesTenRecoveryCodesThatWorkOnce() throws Exception {
		var username = municipality.account(Role.SLT);
		var session = SessionCookie.of(mvc.perform(formLogin().user(username).password(TestStaff.PASSWORD)));
		var page = Jsoup.parse(
				mvc.get().uri("/account/second-factor").cookie(session).exchange().getResponse().getContentAsString());
		var secret = page.selectFirst("#totp-secret").attr("data-secret");
		assertThat(page.selectFirst("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");

		assertThat(mvc.post().uri("/account/second-factor").param("code", "123456").cookie(session).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Koden stemmer ikke med nøkkelen.");
		var enrolled = mvc.post()
			.uri("/account/second-factor")
			.param("code", Totp.code(secret, 0))
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(enrolled).hasRedirectedUrl("/account/second-factor/recovery-codes");
		var codesPage = mvc.get()
			.uri("/account/second-factor/recovery-codes")
			.cookie(after(enrolled, session))
			.flashAttrs(enrolled.getMvcResult().getFlashMap())
			.exchange();
		var codes = Jsoup.parse(codesPage.getResponse().getContentAsString()).select("#recovery-codes code").eachText();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		Integer inClear = jdbc.queryForObject(
				"select count(*) from account_recovery_code c join account a"
						+ " on a.id = c.account_id where a.username = ? and c.code_hash = ?",
				Integer.class, username, codes.getFirst());
		assertThat(inClear).as("stored hashed, never in clear").isZero();

		assertThat(code(passwordOnly(username), codes.getFirst())).hasRedirectedUrl("/");
		assertThat(code(passwordOnly(username), codes.getFirst())).hasStatusOk()
			.bodyText()
			.contains("Koden stemmer ikke.");
		assertThat(secondFactors
			.recoveryCodesLeft(jdbc.queryForObject("select id from account where username = ?", UUID.class, username)))
			.isEqualTo(9);
	}

	@Test
	void opningARecordOnNeedToKnowOrExportingAsksAgainAfterAQuarterOfAnHour() {
		var username = enrolled(Role.LEADER);
		var first = passwordOnly(username);
		var session = after(code(first, Totp.code(SECRET, 0)), first);
		var export = "/youth/" + UUID.randomUUID() + "/export.json";
		assertThat(mvc.get().uri(export).cookie(session)).as("a fresh second factor is enough")
			.hasStatus4xxClientError();

		secondFactorGivenAt(session, Instant.now().minus(SecondFactorSession.FRESH).minusSeconds(1));
		assertThat(mvc.get().uri(export).cookie(session)).hasRedirectedUrl("/login/second-factor?fresh");
		var needToKnow = "/youth/" + UUID.randomUUID() + "/need-to-know";
		assertThat(mvc.post().uri(needToKnow).cookie(session).with(csrf()))
			.hasRedirectedUrl("/login/second-factor?fresh");
		assertThat(code(session, Totp.code(SECRET, 1))).hasRedirectedUrl(needToKnow);
	}

	@Test
	void aPersonWithTotpChangesHerPasswordWithTheCurrentOneAndACode() {
		var username = enrolled(Role.WORKER);
		var first = passwordOnly(username);
		var session = after(code(first, Totp.code(SECRET, 0)), first);
		assertThat(mvc.get().uri("/account/password").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Kode fra autentiseringsappen");
		assertThat(mvc.post()
			.uri("/account/password")
			.param("currentPassword", TestStaff.PASSWORD)
			.param("newPassword", "sju sultne måker på brygga")
			.param("code", "000000")
			.cookie(session)
			.with(csrf())).hasStatusOk().bodyText().contains("Koden stemmer ikke.");
		assertThat(mvc.post()
			.uri("/account/password")
			.param("currentPassword", TestStaff.PASSWORD)
			.param("newPassword", "sju sultne måker på brygga")
			.param("code", Totp.code(SECRET, 1))
			.cookie(session)
			.with(csrf())).hasRedirectedUrl("/");
		assertThat(mvc.perform(formLogin().user(username).password("sju sultne måker på brygga")))
			.hasRedirectedUrl("/login/second-factor");
	}

}
