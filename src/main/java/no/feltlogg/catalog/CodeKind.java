package no.feltlogg.catalog;

/** The kinds of code list a team keeps. */
public enum CodeKind {

	AREA, PLACE, SCHOOL, ARENA, THEME, AGE_BAND, TIME_OF_DAY, GROUP_TYPE;

	/**
	 * Kinds whose codes other modules and imports refer to by a fixed code; their codes
	 * never change.
	 */
	public boolean hasFixedCodes() {
		return this == ARENA || this == THEME || this == GROUP_TYPE;
	}

}
