package no.feltlogg.support;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.team.NewAccount;
import no.feltlogg.team.Teams;

/**
 * Makes a fresh municipality with two teams and one account per role for a test, with
 * names no other test uses, so that no test depends on rows another test left behind.
 */
@TestComponent
public class TestStaff {

	public static final String PASSWORD = "test-password-123";

	private final Teams teams;

	private final UserDetailsService users;

	TestStaff(Teams teams, UserDetailsService users) {
		this.teams = teams;
		this.users = users;
	}

	public Municipality newMunicipality() {
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var municipality = teams.ensureMunicipality("Testkommune " + suffix);
		var teamA = teams.createTeam(municipality, "Team A " + suffix);
		var teamB = teams.createTeam(municipality, "Team B " + suffix);
		return new Municipality(municipality, teamA, teamB, suffix);
	}

	public final class Municipality {

		public final UUID id;

		public final UUID teamA;

		public final UUID teamB;

		private final String suffix;

		Municipality(UUID id, UUID teamA, UUID teamB, String suffix) {
			this.id = id;
			this.teamA = teamA;
			this.teamB = teamB;
			this.suffix = suffix;
		}

		/**
		 * A new account; returns its username. Workers and leaders go in team A unless
		 * another team is given.
		 */
		public String account(Role role) {
			return account(role, role.belongsToTeam() ? teamA : null);
		}

		public String account(Role role, UUID team) {
			var username = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "."
					+ suffix;
			teams
				.createAccount(new NewAccount(id, team, username, "Test " + role.name().toLowerCase(), role, PASSWORD));
			return username;
		}

		/** The signed-in principal for an account, as the login would make it. */
		public CurrentUser user(String username) {
			return (CurrentUser) users.loadUserByUsername(username);
		}

	}

}
