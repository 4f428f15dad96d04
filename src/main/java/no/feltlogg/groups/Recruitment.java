package no.feltlogg.groups;

/** How a group's participants were found. */
public enum Recruitment {

	SCHOOL, PARTNER, SIGN_UP, OUTREACH

}
