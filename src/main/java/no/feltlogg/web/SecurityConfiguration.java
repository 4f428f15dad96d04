package no.feltlogg.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;

import no.feltlogg.operations.DatabaseFaults;
import no.feltlogg.team.MunicipalSignIn;
import no.feltlogg.team.PasskeySignIn;
import no.feltlogg.team.SecondFactorFilter;
import no.feltlogg.team.SecondFactorSignIn;
import no.feltlogg.team.SecondFactors;
import no.feltlogg.team.SecurityLog;
import no.feltlogg.team.SignInFailureHandler;
import no.feltlogg.team.Teams;

/**
 * The one security filter chain: URL rules per module prefix, form login, CSRF, and the
 * response headers. Method security on the services guards personal data as well; hiding
 * a link is never the protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Teams teams, SecurityLog securityLog,
			@Value("${feltlogg.upload.max-size:1MB}") DataSize formLimit,
			@Value("${spring.servlet.multipart.max-request-size:512MB}") DataSize importLimit,
			SignInFailureHandler signInFailures, SecondFactorSignIn secondFactorSignIn, SecondFactors secondFactors,
			Clock clock, ObjectProvider<ClientRegistrationRepository> municipalProvider,
			MunicipalSignIn municipalSignIn,
			@Value("${feltlogg.session.absolute-lifetime:12h}") Duration absoluteLifetime, PasskeySignIn passkeySignIn)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/login/unknown", "/css/**", "/js/**", "/offline", "/sw.js",
					"/manifest.webmanifest", "/icons/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/**", "/actuator/prometheus", "/password/**", "/rights", "/login/webauthn",
					"/webauthn/authenticate/options")
			.permitAll()
			.requestMatchers("/admin/**", "/api/v1/audit/**")
			.hasRole("ADMIN")
			.requestMatchers("/slt/**", "/api/v1/statistics/trends/**")
			.hasRole("SLT")
			.requestMatchers("/team/**", "/statistics/**", "/api/v1/statistics/**", "/api/v1/import/**")
			.hasRole("LEADER")
			.requestMatchers("/fieldwork/**", "/youth/**", "/journal/**", "/groups/**", "/referrals/**",
					"/information/**")
			.hasAnyRole("WORKER", "LEADER")
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.successHandler(secondFactorSignIn)
				.failureHandler(DatabaseFaults.signInFailureHandler(signInFailures))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler(new RefusalLog(securityLog, new ExpiredSessionHandler())))
			.addFilterBefore(new AccountStatusFilter(teams, clock, absoluteLifetime), AuthorizationFilter.class)
			.addFilterAfter(new SecondFactorFilter(secondFactors, clock), AccountStatusFilter.class)
			.addFilterBefore(new UploadLimitFilter(formLimit.toBytes(), importLimit.toBytes()), CsrfFilter.class);
		// passkeys (ADR 0032): the relying party and its JDBC repositories are the team
		// module's beans
		http.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(passkeySignIn.filterSetup()));
		if (municipalProvider.getIfAvailable() != null) {
			// only when SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_* are set;
			// otherwise password sign-in alone
			http.oauth2Login(oauth2 -> oauth2.loginPage("/login")
				.successHandler(municipalSignIn)
				.failureHandler(municipalSignIn));
		}
		return http.build();
	}

}
