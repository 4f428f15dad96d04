package no.feltlogg.audit;

import java.util.List;
import java.util.UUID;

/**
 * A row of a team's access log, with the youths a list view showed (empty for a row about
 * one youth).
 */
public record TeamLogEntry(AccessLogEntry entry, List<UUID> shown) {

	public TeamLogEntry {
		shown = List.copyOf(shown);
	}

}
