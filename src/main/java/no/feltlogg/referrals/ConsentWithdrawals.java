package no.feltlogg.referrals;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import no.feltlogg.youth.ConsentWithdrawn;

/**
 * When a consent is withdrawn, the open referrals under it are flagged for the youth's
 * contact workers, in the transaction of the withdrawal: the withdrawal and the flags are
 * saved together or not at all. From then on the consent gate refuses to send anything
 * under it; what was shared before stays documented on the referral.
 */
@Component
class ConsentWithdrawals {

	private final ReferralRepository referrals;

	ConsentWithdrawals(ReferralRepository referrals) {
		this.referrals = referrals;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ConsentWithdrawn event) {
		referrals.findByConsentIdAndStatusIn(event.consentId(), ReferralStatus.open())
			.stream()
			.filter(r -> r.getTeamId().equals(event.teamId()))
			.forEach(r -> r.consentWithdrawn(event.withdrawnOn()));
	}

}
