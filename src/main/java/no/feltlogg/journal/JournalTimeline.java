package no.feltlogg.journal;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.youth.TimelineItem;
import no.feltlogg.youth.TimelineSource;

/**
 * The youth's journal entries in the timeline: drafts marked, corrections and corrected
 * entries marked.
 */
@Component
class JournalTimeline implements TimelineSource {

	private static final int EXCERPT = 160;

	private final JournalEntryRepository entries;

	JournalTimeline(JournalEntryRepository entries) {
		this.entries = entries;
	}

	@Override
	public List<TimelineItem> timeline(UUID teamId, UUID youthId) {
		var all = entries.findByTeamIdAndYouthIdOrderByOccurredOnDescCreatedAtDesc(teamId, youthId);
		var corrected = new HashSet<UUID>();
		all.forEach(e -> {
			if (e.getCorrectsId() != null) {
				corrected.add(e.getCorrectsId());
			}
		});
		return all.stream().map(e -> {
			String status;
			if (!e.isSigned()) {
				status = "journal.status.DRAFT";
			}
			else if (e.getCorrectsId() != null) {
				status = "journal.timeline.correction";
			}
			else if (corrected.contains(e.getId())) {
				status = "journal.timeline.corrected";
			}
			else {
				status = "journal.status.SIGNED";
			}
			return new TimelineItem(e.getOccurredOn(), e.getCreatedAt(), "journal.timeline.kind",
					"journal.type." + e.getType(), List.of(), excerpt(e.getText()), status, "/journal/" + e.getId());
		}).toList();
	}

	private static String excerpt(String text) {
		if (text == null) {
			return "";
		}
		var line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
	}

}
