package no.feltlogg.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One piece of information and attitude work: a lesson, a parents' meeting, a stand, a
 * talk to staff. Names no youth: it records how many it reached in each audience.
 */
@Entity
@Table(name = "information_event")
class InformationEvent {

	@Id
	private UUID id;

	private UUID teamId;

	private LocalDate localDate;

	@Enumerated(EnumType.STRING)
	private InformationKind kind;

	private @Nullable UUID schoolId;

	private @Nullable String place;

	private boolean ledByTeam;

	private int pupils;

	private @Nullable Integer grade;

	private int parents;

	private int staff;

	private int others;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> themes = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<UUID> workers = new ArrayList<>();

	private @Nullable String note;

	private UUID createdBy;

	private Instant createdAt;

	@Version
	private Long version;

	protected InformationEvent() {
	}

	InformationEvent(UUID teamId, UUID createdBy, Instant createdAt, InformationDetails details) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		describe(details);
	}

	/**
	 * Replaces what the event says with the details given; they must reach someone,
	 * somewhere.
	 */
	void describe(InformationDetails details) {
		if (details.schoolId() == null && (details.place() == null || details.place().isBlank())) {
			throw new IllegalArgumentException("An information event takes place at a school or a named place");
		}
		if (details.reached() <= 0) {
			throw new IllegalArgumentException("An information event reaches someone");
		}
		if ((details.pupils() > 0) != (details.grade() != null)) {
			throw new IllegalArgumentException("Pupils are reached with their grade, and only pupils have one");
		}
		this.localDate = details.date();
		this.kind = details.kind();
		this.schoolId = details.schoolId();
		this.place = details.place() == null || details.place().isBlank() ? null : details.place().trim();
		this.ledByTeam = details.ledByTeam();
		this.pupils = details.pupils();
		this.grade = details.grade();
		this.parents = details.parents();
		this.staff = details.staff();
		this.others = details.others();
		this.themes = new ArrayList<>(details.themes());
		this.workers = new ArrayList<>(details.workers());
		this.note = details.note() == null || details.note().isBlank() ? null : details.note().trim();
	}

	InformationDetails details() {
		return new InformationDetails(localDate, kind, schoolId, place, ledByTeam, pupils, grade, parents, staff,
				others, List.copyOf(themes), List.copyOf(workers), note);
	}

	UUID getId() {
		return id;
	}

	UUID getTeamId() {
		return teamId;
	}

	Long getVersion() {
		return version;
	}

}
