package no.feltlogg.team;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Role;

/**
 * A staff account. Workers and leaders belong to a team, SLT coordinators and
 * administrators do not. The failure count and delay are changed by
 * {@link SignInThrottle} in SQL; only changed columns are written here, so that an edit
 * does not write back a count that a sign-in changed meanwhile.
 */
@Entity
@DynamicUpdate
class Account {

	@Id
	private UUID id;

	private UUID municipalityId;

	private @Nullable UUID teamId;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	private @Nullable Instant sessionsValidFrom;

	private Instant createdAt;

	/**
	 * The person's id at the municipality's identity provider, when not matched by the
	 * username.
	 */
	private @Nullable String externalId;

	@Version
	private Long version;

	protected Account() {
	}

	Account(UUID municipalityId, @Nullable UUID teamId, String username, String displayName, Role role,
			String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.municipalityId = municipalityId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = createdAt;
		assignRole(role, teamId);
	}

	/** Changes role and team together, since one decides whether the other is needed. */
	void assignRole(Role role, @Nullable UUID teamId) {
		if (role.belongsToTeam() != (teamId != null)) {
			throw new IllegalArgumentException("Role " + role + " and team " + teamId + " do not fit");
		}
		this.role = role;
		this.teamId = teamId;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * A new password set by the person: sessions signed in before now end at their next
	 * request.
	 */
	void setOwnPassword(String passwordHash, Instant at) {
		resetPassword(passwordHash);
		this.sessionsValidFrom = at;
	}

	/** Whether a session signed in at the given instant still speaks for the account. */
	boolean acceptsSessionSignedInAt(Instant signedInAt) {
		return sessionsValidFrom == null || !sessionsValidFrom.isAfter(signedInAt);
	}

	boolean isLockedAt(Instant at) {
		return lockedUntil != null && lockedUntil.isAfter(at);
	}

	public UUID getId() {
		return id;
	}

	public UUID getMunicipalityId() {
		return municipalityId;
	}

	@Nullable public UUID getTeamId() {
		return teamId;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Long getVersion() {
		return version;
	}

}
