package no.feltlogg.fieldwork;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A row of an encounter's history: who created, changed or deleted it, and when. Never
 * changed itself.
 */
@Entity
class EncounterChange {

	enum Action {

		CREATED, UPDATED, DELETED

	}

	@Id
	private UUID id;

	private UUID encounterId;

	private UUID teamId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private UUID changedBy;

	private Instant changedAt;

	private String summary;

	protected EncounterChange() {
	}

	EncounterChange(Encounter encounter, Action action, UUID changedBy, Instant changedAt, String summary) {
		this.id = UUID.randomUUID();
		this.encounterId = encounter.getId();
		this.teamId = encounter.getTeamId();
		this.action = action;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
	}

	public Action getAction() {
		return action;
	}

	public UUID getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getSummary() {
		return summary;
	}

}
