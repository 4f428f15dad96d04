package no.feltlogg.youth;

/** How a consent was given. */
public enum HowGiven {

	ORAL, WRITTEN

}
