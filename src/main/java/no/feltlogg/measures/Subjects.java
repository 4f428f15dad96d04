package no.feltlogg.measures;

/** The measure module's codes for the access log; each has a message audit.subject.<code>. */
final class Subjects {

	/** A measure read: its page. */
	static final String MEASURE = "measures.measure";

	/** The new-measure form, which shows the youth's consents. */
	static final String FORM = "measures.form";

	static final String CREATED = "measures.created";

	static final String FOLLOW_UP = "measures.followUp";

	/** The report to child welfare, produced as a PDF. */
	static final String REPORT = "measures.report";

	/** List views that show names (ADR 0025): one row per view, naming the youths shown. */
	static final String LIST = "measures.list";

	static final String LIST_REMINDERS = "measures.list.reminders";

	private Subjects() {
	}

}
