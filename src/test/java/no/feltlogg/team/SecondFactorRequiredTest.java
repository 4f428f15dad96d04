package no.feltlogg.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;
import no.feltlogg.support.Totp;

/**
 * With FELTLOGG_MFA_REQUIRED_ROLES naming a role, its people enrol a second factor at
 * first sign-in, before anything.
 */
@IntegrationTest
@TestPropertySource(properties = "feltlogg.mfa.required-roles=LEADER")
class SecondFactorRequiredTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Test
	void aLeaderWithoutASecondFactorEnrolsBeforeSeeingAnythingAndAWorkerDoesNot() throws Exception {
		var municipality = staff.newMunicipality();
		assertThat(mvc.perform(formLogin().user(municipality.account(Role.WORKER)).password(TestStaff.PASSWORD)))
			.hasRedirectedUrl("/");

		var login = mvc.perform(formLogin().user(municipality.account(Role.LEADER)).password(TestStaff.PASSWORD));
		assertThat(login).hasRedirectedUrl("/account/second-factor");
		var session = SessionCookie.of(login);
		assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/account/second-factor");
		assertThat(mvc.get().uri("/youth").cookie(session)).hasRedirectedUrl("/account/second-factor");
		assertThat(mvc.get().uri("/account/password").cookie(session)).hasRedirectedUrl("/account/second-factor");

		var page = Jsoup.parse(
				mvc.get().uri("/account/second-factor").cookie(session).exchange().getResponse().getContentAsString());
		assertThat(page.text()).contains("Kontoen din må ha totrinnsinnlogging.");
		var secret = page.selectFirst("#totp-secret").attr("data-secret");
		var enrolled = mvc.post()
			.uri("/account/second-factor")
			.param("code", Totp.code(secret, 0))
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(enrolled).hasRedirectedUrl("/account/second-factor/recovery-codes");
		assertThat(mvc.get().uri("/").cookie(SessionCookie.after(enrolled, session))).hasStatusOk()
			.bodyText()
			.contains("Oversikt over Team A");
	}

}
