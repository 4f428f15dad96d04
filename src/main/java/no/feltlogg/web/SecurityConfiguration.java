package no.feltlogg.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import no.feltlogg.team.SecurityLog;
import no.feltlogg.team.Teams;

/**
 * The one security filter chain: URL rules per module prefix, form login, CSRF, and the response headers. Method
 * security on the services guards personal data as well; hiding a link is never the protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Teams teams, SecurityLog securityLog) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/offline", "/sw.js", "/manifest.webmanifest", "/icons/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**", "/password/**")
			.permitAll()
			.requestMatchers("/admin/**", "/api/v1/audit/**").hasRole("ADMIN")
			.requestMatchers("/slt/**", "/api/v1/statistics/trends/**").hasRole("SLT")
			.requestMatchers("/team/**", "/statistics/**", "/api/v1/statistics/**", "/api/v1/import/**")
			.hasRole("LEADER")
			.requestMatchers("/fieldwork/**", "/youth/**", "/journal/**", "/groups/**", "/referrals/**")
			.hasAnyRole("WORKER", "LEADER")
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login").failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new RefusalLog(securityLog, new ExpiredSessionHandler())))
			.addFilterBefore(new AccountStatusFilter(teams), AuthorizationFilter.class);
		return http.build();
	}

}
