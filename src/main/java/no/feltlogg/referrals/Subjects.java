package no.feltlogg.referrals;

/** The referral module's codes for the access log; each has a message audit.subject.<code>. */
final class Subjects {

	/** A referral read: its page. */
	static final String REFERRAL = "referrals.referral";

	/** The new-referral form, which shows the youth's consents. */
	static final String FORM = "referrals.form";

	static final String CREATED = "referrals.created";

	static final String STATUS = "referrals.status";

	static final String SEEN = "referrals.seen";

	/** List views that show names (ADR 0025): one row per view, naming the youths shown. */
	static final String LIST_MINE = "referrals.list.mine";

	static final String LIST_OVERVIEW = "referrals.list.overview";

	static final String LIST_REMINDERS = "referrals.list.reminders";

	static final String LIST_CHOOSE_YOUTH = "referrals.list.chooseYouth";

	private Subjects() {
	}

}
