package no.feltlogg.apitokens;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;

/**
 * Two small filter chains before the application's main one (ADR 0035). The first takes
 * every request that carries {@code Authorization: Bearer}: on
 * {@code GET /api/v1/statistics/**} a valid token signs the request in for that request
 * alone (no session); anywhere else, and with an unknown or revoked token, the answer is
 * 401. The second serves the OpenAPI description to anyone: it describes the API, never
 * data.
 */
@Configuration(proxyBeanMethods = false)
class BearerTokenSecurity {

	static final String STATISTICS = "/api/v1/statistics/**";

	static final String OPENAPI = "/api/v1/openapi.json";

	private static final Logger log = LoggerFactory.getLogger(BearerTokenSecurity.class);

	static final RequestMatcher BEARER = request -> {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	@Bean
	@Order(1)
	SecurityFilterChain apiTokenFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		var statistics = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, STATISTICS);
		http.securityMatcher(BEARER)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(statistics).authenticated().anyRequest().denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// a bearer token is not sent by the browser on its own, so there is no
			// cross-site request to forge
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> refuse(response))
						.accessDeniedHandler((request, response, e) -> refuse(response)))
			.addFilterBefore(new BearerTokenFilter(tokens, statistics), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain openApiFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(OPENAPI, OPENAPI + ".yaml")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		if (!response.isCommitted()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"feltlogg\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}
	}

	/**
	 * Signs a request with a valid token in, for the statistics API only; the token text
	 * is never logged.
	 */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;

		private final RequestMatcher statistics;

		BearerTokenFilter(ApiTokens tokens, RequestMatcher statistics) {
			this.tokens = tokens;
			this.statistics = statistics;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!statistics.matches(request)) {
				log.info("API token refused on {} {}: tokens read only GET {}", request.getMethod(),
						request.getRequestURI(), STATISTICS);
				refuse(response);
				return;
			}
			var presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
			var reader = tokens.authenticate(presented);
			if (reader.isEmpty()) {
				log.info("API token refused on {} {}: unknown or revoked", request.getMethod(),
						request.getRequestURI());
				refuse(response);
				return;
			}
			var r = reader.get();
			var principal = new CurrentUser(r.tokenId(), "api-token-" + r.tokenId(), r.name(),
					r.asLeader() ? Role.LEADER : Role.SLT, r.municipalityId(), r.teamId(), r.teamName(), true, false,
					null);
			List<GrantedAuthority> authorities = new ArrayList<>();
			// the statistics services check these roles; the chain lets a token reach
			// nothing but the statistics API
			authorities.add(new SimpleGrantedAuthority(Role.SLT.authority()));
			if (r.asLeader()) {
				authorities.add(new SimpleGrantedAuthority(Role.LEADER.authority()));
			}
			authorities.add(new SimpleGrantedAuthority("API_TOKEN"));
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
