package no.feltlogg.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.IdentifyingText;
import no.feltlogg.shared.Texts;

/**
 * What every piece of guidance holds, to an anonymous youth or to parents: the team, the
 * themes, the day, at most a short note that identifies nobody, and who recorded it when.
 * Never tied to a youth.
 */
@MappedSuperclass
abstract class GuidanceRecord {

	@Id
	private UUID id;

	private UUID teamId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> themes = new ArrayList<>();

	private LocalDate guidedOn;

	private @Nullable String note;

	private UUID recordedBy;

	private Instant recordedAt;

	@Version
	private Long version;

	protected GuidanceRecord() {
	}

	GuidanceRecord(UUID teamId, List<String> themes, LocalDate guidedOn, @Nullable String note, UUID by, Instant at,
			String refusal) {
		if (IdentifyingText.problem(note).isPresent()) {
			throw new IllegalArgumentException(refusal);
		}
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.themes = new ArrayList<>(themes);
		this.guidedOn = guidedOn;
		this.note = Texts.blankToNull(note);
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public UUID getId() {
		return id;
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
