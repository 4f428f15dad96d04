package no.feltlogg.referrals;

/**
 * The referral module's codes for the access log; each has a message
 * audit.subject.<code>.
 */
enum Subjects {

	/** A referral read: its page. */
	REFERRAL("referrals.referral"),

	/** The new-referral form, which shows the youth's consents. */
	FORM("referrals.form"),

	CREATED("referrals.created"),

	STATUS("referrals.status"),

	SEEN("referrals.seen"),

	/**
	 * List views that show names (ADR 0025): one row per view, naming the youths shown.
	 */
	LIST_MINE("referrals.list.mine"),

	LIST_OVERVIEW("referrals.list.overview"),

	LIST_REMINDERS("referrals.list.reminders"),

	LIST_CHOOSE_YOUTH("referrals.list.chooseYouth");

	private final String code;

	Subjects(String code) {
		this.code = code;
	}

	/** The code written to the access log's subject column. */
	String code() {
		return code;
	}

}
