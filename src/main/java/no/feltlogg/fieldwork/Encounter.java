package no.feltlogg.fieldwork;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Oslo;

/**
 * An encounter (ungdomstreff): youths met once, at a time and place, as an anonymous
 * tally by gender and age band, and possibly registered youths by id. A tally of six is
 * six encounters.
 */
@Entity
class Encounter {

	/**
	 * How long a worker may change or delete her own encounter; a leader may at any time.
	 */
	static final Duration OWN_EDIT_WINDOW = Duration.ofDays(7);

	@Id
	private UUID id;

	private UUID teamId;

	private @Nullable UUID shiftId;

	private Instant occurredAt;

	private java.time.LocalDate localDate;

	private int localHour;

	private String arenaCode;

	private @Nullable UUID areaId;

	private @Nullable UUID placeId;

	@Enumerated(EnumType.STRING)
	private @Nullable Platform platform;

	/** Which of the team's schools, for an encounter at the school arena (ADR 0036). */
	private @Nullable UUID schoolId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> themes = new ArrayList<>();

	private @Nullable String note;

	private int total;

	private int registeredCount;

	private @Nullable String sourceId;

	private @Nullable UUID createdBy;

	private Instant createdAt;

	private @Nullable UUID updatedBy;

	private @Nullable Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "encounter_count", joinColumns = @JoinColumn(name = "encounter_id"))
	private Set<TallyCell> counts = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "encounter_youth", joinColumns = @JoinColumn(name = "encounter_id"))
	private Set<MetYouth> youths = new HashSet<>();

	@Version
	private Long version;

	protected Encounter() {
	}

	Encounter(UUID teamId, @Nullable UUID createdBy, Instant createdAt, EncounterDetails details) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		apply(details);
	}

	void change(UUID by, Instant at, EncounterDetails details) {
		apply(details);
		this.updatedBy = by;
		this.updatedAt = at;
	}

	private void apply(EncounterDetails details) {
		var cells = details.counts().stream().filter(c -> c.count() > 0).toList();
		int sum = cells.stream().mapToInt(TallyCell::count).sum() + details.youths().size();
		if (sum <= 0) {
			throw new IllegalArgumentException("An encounter needs at least one youth");
		}
		this.shiftId = details.shiftId();
		this.occurredAt = details.occurredAt();
		var local = Oslo.local(details.occurredAt());
		this.localDate = local.toLocalDate();
		this.localHour = local.getHour();
		this.arenaCode = details.arenaCode();
		this.areaId = details.areaId();
		this.placeId = details.placeId();
		this.platform = details.platform();
		this.schoolId = details.schoolId();
		this.themes = new ArrayList<>(details.themes());
		this.note = details.note() == null || details.note().isBlank() ? null : details.note().trim();
		this.counts = new HashSet<>(cells);
		this.youths = new HashSet<>(details.youths());
		this.total = sum;
		this.registeredCount = details.youths().size();
	}

	/**
	 * A leader may always; a worker only her own, and only for {@link #OWN_EDIT_WINDOW}.
	 */
	boolean mayBeChangedBy(UUID accountId, boolean leader, Instant now) {
		return leader || (accountId.equals(createdBy) && createdAt.plus(OWN_EDIT_WINDOW).isAfter(now));
	}

	EncounterDetails details() {
		return new EncounterDetails(shiftId, occurredAt, arenaCode, areaId, placeId, platform, List.copyOf(themes),
				note, List.copyOf(counts), List.copyOf(youths), schoolId);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	@Nullable public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getTotal() {
		return total;
	}

	public Long getVersion() {
		return version;
	}

}
