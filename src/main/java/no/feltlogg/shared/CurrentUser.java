package no.feltlogg.shared;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member. Every module reads the current team from here, never from a
 * form field. Serializable (as every {@link UserDetails}): it is stored with the session
 * in PostgreSQL, and read back by any instance.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final String username;

	private final String displayName;

	private final Role role;

	private final UUID municipalityId;

	private final @Nullable UUID teamId;

	private final @Nullable String teamName;

	private final boolean enabled;

	private final boolean locked;

	private @Nullable String passwordHash;

	public CurrentUser(UUID accountId, String username, String displayName, Role role, UUID municipalityId,
			@Nullable UUID teamId, @Nullable String teamName, boolean enabled, boolean locked,
			@Nullable String passwordHash) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.municipalityId = municipalityId;
		this.teamId = teamId;
		this.teamName = teamName;
		this.enabled = enabled;
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	public UUID accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public UUID municipalityId() {
		return municipalityId;
	}

	public @Nullable UUID teamId() {
		return teamId;
	}

	/** The team of a worker or leader; fails for accounts without a team (SLT, admin). */
	public UUID requireTeamId() {
		if (teamId == null) {
			throw new IllegalStateException("Account " + username + " has no team");
		}
		return teamId;
	}

	public @Nullable String teamName() {
		return teamName;
	}

	public boolean isLeader() {
		return role == Role.LEADER;
	}

	// Getters in bean style so templates can read them
	// (${#authentication.principal.displayName}).
	public String getDisplayName() {
		return displayName;
	}

	public @Nullable String getTeamName() {
		return teamName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.accountId.equals(accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + ", " + role + "]";
	}

}
