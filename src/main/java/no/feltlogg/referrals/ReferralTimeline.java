package no.feltlogg.referrals;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.youth.TimelineItem;
import no.feltlogg.youth.TimelineSource;

/**
 * The youth's referrals in the timeline, on the referral's day: where to and in which
 * form, marked with the status, or with the withdrawn consent while that matters.
 */
@Component
class ReferralTimeline implements TimelineSource {

	private final ReferralRepository referrals;

	ReferralTimeline(ReferralRepository referrals) {
		this.referrals = referrals;
	}

	@Override
	public List<TimelineItem> timeline(UUID teamId, UUID youthId) {
		return referrals.findByTeamIdAndYouthIdOrderByReferredOnDescCreatedAtDesc(teamId, youthId)
			.stream()
			.map(r -> new TimelineItem(r.getReferredOn(), r.getCreatedAt(), "referrals.timeline.kind",
					"referrals.timeline." + r.getForm(), List.of(r.getServiceName()), null,
					r.isFlagged() ? "referrals.flag.consentWithdrawn" : "referrals.status." + r.getStatus(),
					"/referrals/" + r.getId()))
			.toList();
	}

}
