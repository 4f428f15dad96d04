package no.feltlogg.youth;

/** Who gave a consent. */
public enum ConsentGiver {

	YOUTH, GUARDIAN, BOTH

}
