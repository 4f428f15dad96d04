package no.feltlogg.retention;

/**
 * What a rule covers, what it does when the period has run out, and the period offered
 * before the administrator confirms one. The reasons for each default are in the messages
 * ({@code retention.kind.*.reason}).
 */
public enum RuleKind {

	/** A registered youth's record, counted from the day the follow-up was closed. */
	YOUTH_RECORD(Action.ANONYMISE, 60),

	/** Free-text notes of encounters and field observations, counted from their day. */
	FIELD_NOTES(Action.BLANK, 12),

	/** Notes of anonymous guidance and of guidance to parents, counted from their day. */
	GUIDANCE_NOTES(Action.BLANK, 12),

	/** Rows of the access log, counted from when they were written; at least a year. */
	ACCESS_LOG(Action.DELETE, 120),

	/** The free text of closed referrals, counted from the day they were closed. */
	REFERRAL_TEXT(Action.BLANK, 60);

	private final Action action;

	private final int defaultMonths;

	RuleKind(Action action, int defaultMonths) {
		this.action = action;
		this.defaultMonths = defaultMonths;
	}

	public Action action() {
		return action;
	}

	public int defaultMonths() {
		return defaultMonths;
	}

	/**
	 * The field of the administrator's form that holds this kind's period (youthRecord,
	 * accessLog, …).
	 */
	public String formField() {
		var parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
		var field = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			field.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
		}
		return field.toString();
	}

	/** The shortest period the database accepts for this kind. */
	public int minimumMonths() {
		return this == ACCESS_LOG ? 12 : 1;
	}

	public enum Action {

		ANONYMISE, BLANK, DELETE

	}

}
