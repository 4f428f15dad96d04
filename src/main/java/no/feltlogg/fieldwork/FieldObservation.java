package no.feltlogg.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Oslo;

/**
 * What was seen where and when (feltobservasjon). Anonymous: no names, nothing that
 * identifies.
 */
@Entity
class FieldObservation {

	enum Kind {

		GATHERING, ALCOHOL, CANNABIS, OTHER_DRUGS, DRUG_SALE, VIOLENCE, THREATS, WEAPONS, GROUP_CONFLICT, VANDALISM,
		OTHER

	}

	enum Severity {

		LOW, MEDIUM, HIGH

	}

	@Id
	private UUID id;

	private UUID teamId;

	private Instant observedAt;

	private LocalDate localDate;

	private UUID areaId;

	private @Nullable UUID placeId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> kinds = new ArrayList<>();

	private @Nullable Integer gatheringSize;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	private @Nullable String note;

	private UUID createdBy;

	private Instant createdAt;

	@Version
	private Long version;

	protected FieldObservation() {
	}

	FieldObservation(UUID teamId, UUID createdBy, Instant observedAt, UUID areaId, @Nullable UUID placeId,
			List<Kind> kinds, @Nullable Integer gatheringSize, Severity severity, @Nullable String note,
			Instant createdAt) {
		if (kinds.isEmpty()) {
			throw new IllegalArgumentException("An observation says what was seen");
		}
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.observedAt = observedAt;
		this.localDate = Oslo.date(observedAt);
		this.areaId = areaId;
		this.placeId = placeId;
		this.kinds = kinds.stream().map(Kind::name).toList();
		this.gatheringSize = gatheringSize;
		this.severity = severity;
		this.note = note == null || note.isBlank() ? null : note.trim();
	}

	UUID getId() {
		return id;
	}

}
