package no.feltlogg.shared;

/**
 * The four roles of the system. Workers and leaders belong to a team; SLT and admin to
 * the municipality.
 */
public enum Role {

	WORKER, LEADER, SLT, ADMIN;

	/** The Spring Security authority for this role, {@code ROLE_WORKER} etc. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether an account with this role must belong to a team. */
	public boolean belongsToTeam() {
		return this == WORKER || this == LEADER;
	}

}
