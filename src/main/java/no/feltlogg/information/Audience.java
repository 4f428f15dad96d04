package no.feltlogg.information;

/** Who an event reached; one event may reach several audiences, with a count each. */
public enum Audience {

	PUPILS, PARENTS, STAFF, OTHER

}
