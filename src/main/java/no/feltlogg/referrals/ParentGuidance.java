package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.IdentifyingText;

/**
 * Guidance to parents (råd og veiledning til foresatte): how it was given, about what, on which day, and at most a
 * short note that identifies nobody. Counted; neither the parents nor their child are named.
 */
@Entity
class ParentGuidance {

	@Id
	private UUID id;

	private UUID teamId;

	@Enumerated(EnumType.STRING)
	private ParentChannel channel;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> themes = new ArrayList<>();

	private LocalDate guidedOn;

	private @Nullable String note;

	private UUID recordedBy;

	private Instant recordedAt;

	@Version
	private Long version;

	protected ParentGuidance() {
	}

	ParentGuidance(UUID teamId, ParentChannel channel, List<String> themes, LocalDate guidedOn, @Nullable String note,
			UUID by, Instant at) {
		if (IdentifyingText.problem(note).isPresent()) {
			throw new IllegalArgumentException("Guidance to parents identifies nobody");
		}
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.channel = channel;
		this.themes = new ArrayList<>(themes);
		this.guidedOn = guidedOn;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public UUID getId() {
		return id;
	}

	public ParentChannel getChannel() {
		return channel;
	}

	public List<String> getThemes() {
		return List.copyOf(themes);
	}

	public LocalDate getGuidedOn() {
		return guidedOn;
	}

	public @Nullable String getNote() {
		return note;
	}

	public UUID getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public Long getVersion() {
		return version;
	}

}
