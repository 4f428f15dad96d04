package no.feltlogg.demo;

import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;

/**
 * The demo's staff as the principals a sign-in would give them, so that the demo enters
 * its data through the same services, checks and access log as a person would.
 */
final class DemoPrincipals {

	private DemoPrincipals() {
	}

	/**
	 * Runs the work signed in as the user (the demo runs on the start-up thread, one
	 * runner after the other).
	 */
	static <T> T as(CurrentUser user, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		return work.get();
	}

	/** The municipality's team of that name, if the demo has made it. */
	static @Nullable TeamInfo team(Teams teams, UUID municipality, String name) {
		return teams.teamsOf(municipality).stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * The team's first active member of a role, as the principal a sign-in would give.
	 */
	static CurrentUser signIn(Teams teams, UUID municipality, TeamInfo team, Role role) {
		var member = teams.activeStaff(team.id())
			.stream()
			.filter(m -> m.role() == role)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + role + " in demo team " + team.name()));
		return new CurrentUser(member.accountId(), member.displayName(), member.displayName(), role, municipality,
				team.id(), team.name(), true, false, null);
	}

}
