package no.feltlogg.catalog;

/**
 * What kind of service a referral goes to; decides, among other things, whose consent a
 * referral needs.
 */
public enum ServiceKind {

	CHILD_WELFARE, MENTAL_HEALTH_YOUTH, YOUTH_HEALTH_CLINIC, SCHOOL_HEALTH, NAV, FOLLOW_UP_SERVICE, POLICE, MEDIATION,
	GP, SPECIALIST_HEALTH, LEISURE, JOB_SCHEME, VOLUNTEERS, OTHER;

	/**
	 * Health services: for a youth under 16, passing information to them needs a
	 * guardian's consent too.
	 */
	public boolean isHealthService() {
		return switch (this) {
			case MENTAL_HEALTH_YOUTH, YOUTH_HEALTH_CLINIC, SCHOOL_HEALTH, GP, SPECIALIST_HEALTH -> true;
			default -> false;
		};
	}

}
