package no.feltlogg.journal;

/** The journal's codes for the access log; each has a message audit.subject.<code>. */
final class Subjects {

	static final String ENTRY = "journal.entry";

	static final String DRAFTED = "journal.drafted";

	static final String REVISED = "journal.revised";

	static final String SIGNED = "journal.signed";

	static final String CORRECTED = "journal.corrected";

	static final String DRAFT_DELETED = "journal.draftDeleted";

	private Subjects() {
	}

}
