package no.feltlogg.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;
import no.feltlogg.youth.TimelineItem;
import no.feltlogg.youth.TimelineSource;

/**
 * The youth's help measures in the timeline, on the decision day; a running measure whose
 * evaluation is due within 14 days or overdue is marked so, which reminds whoever opens
 * the youth's page.
 */
@Component
class MeasureTimeline implements TimelineSource {

	private final MeasureStore store;

	private final Clock clock;

	MeasureTimeline(MeasureStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public List<TimelineItem> timeline(UUID teamId, UUID youthId) {
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		return store.ofYouth(teamId, youthId)
			.stream()
			.map(m -> new TimelineItem(m.decidedOn(), m.createdAt(), "measures.timeline.kind",
					"measures.timeline.title", List.of(m.title(), DateFormats.DATE.format(m.evaluationOn())), null,
					!m.isOpen() ? "measures.status.ended"
							: m.evaluationOverdueOn(today) ? "measures.evaluation.overdue"
									: m.evaluationDueOn(today) ? "measures.evaluation.due" : "measures.status.running",
					"/measures/" + m.id()))
			.toList();
	}

}
