package no.feltlogg.groups;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.ConsentWithdrawn;
import no.feltlogg.youth.Youths;

/**
 * When a youth withdraws her consent to registration, she leaves every group she is in on
 * the day of the withdrawal, in the same transaction. What was recorded before stays;
 * from that day she cannot be added to sessions or groups.
 */
@Component
class MembershipsEndOnWithdrawal {

	private final ParticipantRepository participants;

	private final Youths youths;

	MembershipsEndOnWithdrawal(ParticipantRepository participants, Youths youths) {
		this.participants = participants;
		this.youths = youths;
	}

	@EventListener
	void onConsentWithdrawn(ConsentWithdrawn event) {
		if (event.scope() != ConsentScope.REGISTRATION || youths.hasValidConsent(event.teamId(), event.youthId(),
				ConsentScope.REGISTRATION, null, event.withdrawnOn())) {
			return;
		}
		participants.findByTeamIdAndYouthIdAndLeftOnIsNull(event.teamId(), event.youthId())
			.forEach(p -> p.leave(event.withdrawnOn()));
	}

}
