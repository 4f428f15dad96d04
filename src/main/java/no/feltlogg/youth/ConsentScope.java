package no.feltlogg.youth;

/**
 * What a consent allows: being registered by name, sharing with a named service,
 * contacting guardians, or working on a child-welfare measure.
 */
public enum ConsentScope {

	REGISTRATION, SHARING, GUARDIAN_CONTACT, CHILD_WELFARE

}
