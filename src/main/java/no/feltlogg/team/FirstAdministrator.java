package no.feltlogg.team;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.Role;

/**
 * A fresh database gets its municipality and first administrator from
 * {@code FELTLOGG_ADMIN_USERNAME} and {@code FELTLOGG_ADMIN_PASSWORD}. Nothing happens
 * once an administrator exists, and there is no default password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Teams teams;

	private final AccountRepository accounts;

	private final Settings settings;

	private final PasswordPolicy passwordPolicy;

	FirstAdministrator(Teams teams, AccountRepository accounts, Settings settings, PasswordPolicy passwordPolicy) {
		this.teams = teams;
		this.accounts = accounts;
		this.settings = settings;
		this.passwordPolicy = passwordPolicy;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		var username = settings.adminUsername();
		var password = settings.adminPassword();
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			log.warn("No administrator exists. Set FELTLOGG_ADMIN_USERNAME and FELTLOGG_ADMIN_PASSWORD to create one.");
			return;
		}
		var problem = passwordPolicy.problem(password, username);
		if (problem.isPresent()) {
			throw new IllegalStateException("FELTLOGG_ADMIN_PASSWORD is refused (" + problem.get() + "): it must have "
					+ "12 to 128 characters, not be among the 100 000 most common passwords, and not contain the username");
		}
		var municipality = teams.ensureMunicipality(settings.municipalityName());
		teams.createAccount(new NewAccount(municipality, null, username, username, Role.ADMIN, password));
		log.info("Created the first administrator account '{}'", username);
	}

	@ConfigurationProperties("feltlogg")
	record Settings(@Nullable String adminUsername, @Nullable String adminPassword, String municipalityName) {

		Settings {
			if (municipalityName == null || municipalityName.isBlank()) {
				municipalityName = "Kommunen";
			}
		}
	}

}
