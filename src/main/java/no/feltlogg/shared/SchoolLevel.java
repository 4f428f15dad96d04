package no.feltlogg.shared;

/**
 * A school's level, and the level a youth is reported under: primary, lower and upper
 * secondary, or over 18.
 */
public enum SchoolLevel {

	PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, OVER_18

}
