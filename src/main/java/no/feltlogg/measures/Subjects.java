package no.feltlogg.measures;

/**
 * The measure module's codes for the access log; each has a message audit.subject.<code>.
 */
enum Subjects {

	/** A measure read: its page. */
	MEASURE("measures.measure"),

	/** The new-measure form, which shows the youth's consents. */
	FORM("measures.form"),

	CREATED("measures.created"),

	FOLLOW_UP("measures.followUp"),

	/** The report to child welfare, produced as a PDF. */
	REPORT("measures.report"),

	/**
	 * List views that show names (ADR 0025): one row per view, naming the youths shown.
	 */
	LIST("measures.list"),

	LIST_REMINDERS("measures.list.reminders");

	private final String code;

	Subjects(String code) {
		this.code = code;
	}

	/** The code written to the access log's subject column. */
	String code() {
		return code;
	}

}
