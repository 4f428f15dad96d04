package no.feltlogg.youth;

/**
 * The codes of what was read or changed, as written to the access log; each has a message
 * audit.subject.<code>.
 */
enum Subjects {

	RECORD("youth.record"),

	REGISTERED("youth.registered"),

	DETAILS("youth.details"),

	PRIORITY("youth.priority"),

	CONSENT_GIVEN("youth.consent.given"),

	CONSENT_WITHDRAWN("youth.consent.withdrawn"),

	CONSENTS("youth.consents"),

	CONCERN("youth.concern"),

	NEED_TO_KNOW("youth.needToKnow"),

	ACCESS_LOG("youth.accessLog"),

	EXPORT("youth.export"),

	/**
	 * The youth's rights (ADR 0039): restriction of processing placed and lifted, a
	 * mistaken registration erased.
	 */
	RESTRICTED("youth.restricted"),

	RESTRICTION_LIFTED("youth.restrictionLifted"),

	ERASED("youth.erased"),

	/**
	 * List views that show names (ADR 0025): one row per view, naming the youths shown.
	 */
	LIST_MINE("youth.list.mine"),

	LIST_SEARCH("youth.list.search"),

	LIST_PRIORITIES("youth.list.priorities"),

	LIST_REASONS("youth.list.reasons"),

	/**
	 * The team's access log, read or exported by the leader: one row per view, naming the
	 * youths it shows.
	 */
	LIST_TEAM_LOG("youth.list.teamLog"),

	TEAM_LOG_EXPORT("youth.teamLog.export");

	private final String code;

	Subjects(String code) {
		this.code = code;
	}

	/** The code as stored in the access log's {@code subject} column. */
	String code() {
		return code;
	}

}
