package no.feltlogg.groups;

/**
 * The groups module's codes for the access log; each has a message audit.subject.<code>.
 */
enum Subjects {

	/**
	 * A group page read: the youth's participation and attendance in the group were
	 * shown.
	 */
	PARTICIPATION("groups.participation"),

	/**
	 * A session's attendance read (the attendance form, the session page) or recorded.
	 */
	ATTENDANCE("groups.attendance"),

	JOINED("groups.joined"),

	LEFT("groups.left"),

	/**
	 * The picker of youths to add to a group, a list of names (ADR 0025): one row per
	 * view, naming those shown.
	 */
	LIST_CANDIDATES("groups.list.candidates");

	private final String code;

	Subjects(String code) {
		this.code = code;
	}

	/** The code written to the access log. */
	String code() {
		return code;
	}

}
