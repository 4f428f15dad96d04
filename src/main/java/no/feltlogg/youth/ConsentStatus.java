package no.feltlogg.youth;

/**
 * A consent on a given day: in force, not yet in force, past its expiry, or withdrawn.
 */
public enum ConsentStatus {

	VALID, NOT_YET_VALID, EXPIRED, WITHDRAWN

}
