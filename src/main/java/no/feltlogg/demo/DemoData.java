package no.feltlogg.demo;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.Role;
import no.feltlogg.team.NewAccount;
import no.feltlogg.team.SecondFactors;
import no.feltlogg.team.Teams;

/**
 * The demo municipality: two teams, so that team isolation can be seen, and one account
 * per role, all with the password {@value #PASSWORD}. Runs only under the {@code demo}
 * profile, and only on a database without it.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "feltlogg-demo";

	/**
	 * The published TOTP secret (base32) of the demo's leaders and administrator; see the
	 * README.
	 */
	static final String TOTP_SECRET = "FELTLOGGDEMO2345";

	static final String TEAM_A = "Ungdomsteamet Sentrum";

	static final String TEAM_B = "Utekontakten Nordbyen";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Teams teams;

	private final SecondFactors secondFactors;

	private final String municipalityName;

	DemoData(Teams teams, SecondFactors secondFactors,
			@Value("${feltlogg.municipality-name}") String municipalityName) {
		this.teams = teams;
		this.secondFactors = secondFactors;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = teams.ensureMunicipality(municipalityName);
		if (!teams.teamsOf(municipality).isEmpty()) {
			log.info("Demo data already present");
			enrolPublishedSecret();
			return;
		}
		UUID teamA = teams.createTeam(municipality, TEAM_A);
		UUID teamB = teams.createTeam(municipality, TEAM_B);
		account(municipality, teamA, "worker.a", "Ingrid Solberg", Role.WORKER);
		account(municipality, teamA, "leader.a", "Kari Nordmann", Role.LEADER);
		account(municipality, teamB, "worker.b", "Jonas Haugen", Role.WORKER);
		account(municipality, teamB, "leader.b", "Mona Lie", Role.LEADER);
		account(municipality, null, "slt", "Per Bakken", Role.SLT);
		account(municipality, null, "admin", "Systemansvarlig", Role.ADMIN);
		enrolPublishedSecret();
		log.info("Demo data created: sign in as worker.a, leader.a, worker.b, leader.b, slt or admin");
	}

	/**
	 * Leaders and the administrator have TOTP with the published secret, so that the
	 * second factor can be tried.
	 */
	private void enrolPublishedSecret() {
		for (var username : new String[] { "leader.a", "leader.b", "admin" }) {
			secondFactors.enrolPublishedSecret(username, TOTP_SECRET);
		}
	}

	private void account(UUID municipality, @Nullable UUID team, String username, String name, Role role) {
		teams.createAccount(new NewAccount(municipality, team, username, name, role, PASSWORD));
	}

}
