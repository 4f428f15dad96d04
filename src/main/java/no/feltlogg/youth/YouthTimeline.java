package no.feltlogg.youth;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.shared.Oslo;

/**
 * The youth module's own lines in the timeline: registration, consents given and
 * withdrawn, priority, concerns.
 */
@Component
class YouthTimeline implements TimelineSource {

	private final YouthRepository youths;

	YouthTimeline(YouthRepository youths) {
		this.youths = youths;
	}

	@Override
	public List<TimelineItem> timeline(UUID teamId, UUID youthId) {
		var youth = youths.findByIdAndTeamId(youthId, teamId).orElse(null);
		if (youth == null) {
			return List.of();
		}
		var items = new ArrayList<TimelineItem>();
		items.add(new TimelineItem(Oslo.date(youth.getRegisteredAt()), youth.getRegisteredAt(),
				"youth.timeline.kind.record", "youth.timeline.registered", List.of(), null, null, null));
		for (var consent : youth.consentEntities()) {
			var view = consent.view();
			items.add(new TimelineItem(view.givenOn(), consent.getRecordedAt(), "youth.timeline.kind.consent",
					"youth.timeline.consentGiven." + view.scope(), List.of(), view.serviceName(), null, null));
			if (view.withdrawnOn() != null && consent.getWithdrawalRecordedAt() != null) {
				items.add(new TimelineItem(view.withdrawnOn(), consent.getWithdrawalRecordedAt(),
						"youth.timeline.kind.consent", "youth.timeline.consentWithdrawn." + view.scope(), List.of(),
						view.serviceName(), null, null));
			}
		}
		for (var change : youth.getPriorityHistory()) {
			items.add(new TimelineItem(change.getChangedOn(), change.getRecordedAt(), "youth.timeline.kind.priority",
					"youth.timeline.priority." + change.getToLevel(), List.of(), change.getReason(), null, null));
		}
		for (var concern : youth.getConcerns()) {
			items.add(new TimelineItem(concern.getNotedOn(), concern.getRecordedAt(), "youth.timeline.kind.concern",
					"youth.timeline.concern", List.of(), concern.getNote(), "youth.concern." + concern.getCriterion(),
					null));
		}
		return items;
	}

}
