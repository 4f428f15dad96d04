package no.feltlogg.journal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.team.Teams;
import no.feltlogg.youth.ExportSection;
import no.feltlogg.youth.YouthDataSource;

/** The youth's journal, every entry in full, for the export at an access request. */
@Component
class JournalExport implements YouthDataSource {

	private final JournalEntryRepository entries;

	private final Teams teams;

	JournalExport(JournalEntryRepository entries, Teams teams) {
		this.entries = entries;
		this.teams = teams;
	}

	@Override
	public ExportSection export(UUID teamId, UUID youthId) {
		var names = names(teamId);
		return new ExportSection("journal",
				entries.findByTeamIdAndYouthIdOrderByOccurredOnDescCreatedAtDesc(teamId, youthId)
					.stream()
					.map(e -> record(e, names))
					.toList());
	}

	private Map<UUID, String> names(UUID teamId) {
		var names = new java.util.HashMap<UUID, String>();
		teams.activeStaff(teamId).forEach(m -> names.put(m.accountId(), m.displayName()));
		return names;
	}

	private static Map<String, Object> record(JournalEntry entry, Map<UUID, String> names) {
		var map = new LinkedHashMap<String, Object>();
		map.put("id", entry.getId().toString());
		map.put("type", entry.getType().name());
		map.put("date", entry.getOccurredOn().toString());
		if (entry.getDurationMinutes() != null) {
			map.put("durationMinutes", entry.getDurationMinutes());
		}
		map.put("themes", entry.getThemes());
		map.put("text", entry.getText() == null ? "" : entry.getText());
		map.put("status", entry.getStatus().name());
		map.put("author", names.getOrDefault(entry.getAuthorId(), entry.getAuthorId().toString()));
		map.put("createdAt", entry.getCreatedAt().toString());
		if (entry.getSignedAt() != null) {
			map.put("signedAt", entry.getSignedAt().toString());
		}
		if (entry.getCorrectsId() != null) {
			map.put("corrects", entry.getCorrectsId().toString());
		}
		return map;
	}

}
