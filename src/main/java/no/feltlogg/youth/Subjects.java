package no.feltlogg.youth;

/** The codes of what was read or changed, as written to the access log; each has a message audit.subject.<code>. */
final class Subjects {

	static final String RECORD = "youth.record";

	static final String REGISTERED = "youth.registered";

	static final String DETAILS = "youth.details";

	static final String PRIORITY = "youth.priority";

	static final String CONSENT_GIVEN = "youth.consent.given";

	static final String CONSENT_WITHDRAWN = "youth.consent.withdrawn";

	static final String CONSENTS = "youth.consents";

	static final String CONCERN = "youth.concern";

	static final String NEED_TO_KNOW = "youth.needToKnow";

	static final String ACCESS_LOG = "youth.accessLog";

	static final String EXPORT = "youth.export";

	/** The youth's rights (ADR 0039): restriction of processing placed and lifted, a mistaken registration erased. */
	static final String RESTRICTED = "youth.restricted";

	static final String RESTRICTION_LIFTED = "youth.restrictionLifted";

	static final String ERASED = "youth.erased";

	/** List views that show names (ADR 0025): one row per view, naming the youths shown. */
	static final String LIST_MINE = "youth.list.mine";

	static final String LIST_SEARCH = "youth.list.search";

	static final String LIST_PRIORITIES = "youth.list.priorities";

	static final String LIST_REASONS = "youth.list.reasons";

	private Subjects() {
	}

}
