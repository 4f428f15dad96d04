package no.feltlogg.fieldwork;

/**
 * A kind of working time outside the field, as the week sheet asks for it (ADR 0038).
 * Only going with a youth to a service (an accompanied referral) is direct time; the
 * others are the 30 % the target leaves.
 */
public enum WorkKind {

	OFFICE(false), MEETINGS(false), DOCUMENTATION(false), PLANNING(false), TRAVEL(false), ACCOMPANIED(true);

	private final boolean direct;

	WorkKind(boolean direct) {
		this.direct = direct;
	}

	public boolean isDirect() {
		return direct;
	}

}
