package no.feltlogg.referrals;

/**
 * Why information may leave the team with a referral: the youth's consent (and a
 * guardian's where the age requires it), or one of the two duties of health personnel
 * that override consent — the duty to inform child welfare (opplysningsplikt til
 * barnevernet) and the duty to avert serious harm (avvergeplikt). A duty is written down
 * with a justification, and the team's leader is notified.
 */
public enum LegalBasis {

	CONSENT, DUTY_TO_INFORM_CHILD_WELFARE, DUTY_TO_AVERT;

	public boolean isDuty() {
		return this != CONSENT;
	}

}
