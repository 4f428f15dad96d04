package no.feltlogg.demo;

import static no.feltlogg.demo.DemoPrincipals.as;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import no.feltlogg.apitokens.ApiTokens;
import no.feltlogg.shared.CurrentUser;

/**
 * An API token of the demo (issue 18, ADR 0035), so that the administrator's token page
 * shows what a dashboard's token looks like: made by the administrator for the whole
 * municipality. Its secret is thrown away, never shown nor published — a token to try is
 * made on the page in two clicks. Only under the {@code demo} profile, and only while the
 * municipality has no token.
 */
@Component
@Profile("demo")
@Order(61)
class DemoApiTokens implements ApplicationRunner {

	static final String NAME = "Kommunens styringsdashbord";

	private static final Logger log = LoggerFactory.getLogger(DemoApiTokens.class);

	private final ApiTokens tokens;

	private final UserDetailsService users;

	DemoApiTokens(ApiTokens tokens, UserDetailsService users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser admin;
		try {
			admin = (CurrentUser) users.loadUserByUsername("admin");
		}
		catch (UsernameNotFoundException ex) {
			log.info("Demo administrator not found; no demo API token");
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			if (as(admin, () -> tokens.list(admin)).isEmpty()) {
				as(admin, () -> {
					tokens.create(admin, NAME, null);
					return null;
				});
				log.info("Demo API token '{}' made (its secret is not kept)", NAME);
			}
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
