package no.feltlogg.groups;

/** The groups module's codes for the access log; each has a message audit.subject.<code>. */
final class Subjects {

	/** A group page read: the youth's participation and attendance in the group were shown. */
	static final String PARTICIPATION = "groups.participation";

	/** A session's attendance read (the attendance form, the session page) or recorded. */
	static final String ATTENDANCE = "groups.attendance";

	static final String JOINED = "groups.joined";

	static final String LEFT = "groups.left";

	/** The picker of youths to add to a group, a list of names (ADR 0025): one row per view, naming those shown. */
	static final String LIST_CANDIDATES = "groups.list.candidates";

	private Subjects() {
	}

}
