package no.feltlogg.journal;

/** The journal's codes for the access log; each has a message audit.subject.<code>. */
enum Subjects {

	ENTRY("journal.entry"),

	DRAFTED("journal.drafted"),

	REVISED("journal.revised"),

	SIGNED("journal.signed"),

	CORRECTED("journal.corrected"),

	DRAFT_DELETED("journal.draftDeleted");

	private final String code;

	Subjects(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

}
