package no.feltlogg.referrals;

/**
 * A referral, or sending it, was refused by the consent gate; the decision says what is
 * missing.
 */
public class ReferralRefusedException extends RuntimeException {

	private final GateDecision decision;

	public ReferralRefusedException(GateDecision decision) {
		super("Refused by the consent gate: " + decision.refusals());
		this.decision = decision;
	}

	public GateDecision decision() {
		return decision;
	}

}
