package no.feltlogg.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

/**
 * A group activity (collective follow-up): a girls' or boys' group at a school, a
 * life-skills group, a gaming group, run by some of the team's staff, perhaps with a
 * partner service, for a planned number of sessions.
 */
@Entity
class ActivityGroup {

	@Id
	private UUID id;

	private UUID teamId;

	private String name;

	private String typeCode;

	private @Nullable UUID schoolId;

	private @Nullable String arenaCode;

	private @Nullable UUID serviceId;

	private LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	private int plannedSessions;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> recruitment = new ArrayList<>();

	private boolean allowsAnonymous;

	@Enumerated(EnumType.STRING)
	private GroupStatus status;

	private UUID createdBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "activity_group_staff", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "account_id")
	private Set<UUID> staff = new HashSet<>();

	@Version
	private Long version;

	protected ActivityGroup() {
	}

	ActivityGroup(UUID teamId, GroupDetails details, UUID createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		describe(details);
	}

	/** Changes what is recorded about the group. */
	void describe(GroupDetails details) {
		this.name = details.name().trim();
		this.typeCode = details.typeCode();
		this.schoolId = details.schoolId();
		this.arenaCode = details.arenaCode();
		this.serviceId = details.serviceId();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.plannedSessions = details.plannedSessions();
		this.recruitment = new ArrayList<>(details.recruitment().stream().sorted().map(Enum::name).toList());
		this.allowsAnonymous = details.allowsAnonymous();
		this.status = details.status();
		this.staff.clear();
		this.staff.addAll(details.staff());
	}

	GroupDetails details() {
		return new GroupDetails(name, typeCode, schoolId, arenaCode, serviceId, startsOn, endsOn, plannedSessions,
				getRecruitment(), allowsAnonymous, status, staff);
	}

	/** A session held in a group that was only planned means the group is running now. */
	void sessionHeld() {
		if (status == GroupStatus.PLANNED) {
			status = GroupStatus.RUNNING;
		}
	}

	public UUID getId() {
		return id;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public String getName() {
		return name;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public @Nullable UUID getSchoolId() {
		return schoolId;
	}

	public @Nullable String getArenaCode() {
		return arenaCode;
	}

	public @Nullable UUID getServiceId() {
		return serviceId;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public int getPlannedSessions() {
		return plannedSessions;
	}

	public Set<Recruitment> getRecruitment() {
		var set = EnumSet.noneOf(Recruitment.class);
		recruitment.forEach(r -> set.add(Recruitment.valueOf(r)));
		return set;
	}

	public boolean isAllowsAnonymous() {
		return allowsAnonymous;
	}

	public GroupStatus getStatus() {
		return status;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<UUID> getStaff() {
		return staff.stream().sorted(Comparator.naturalOrder()).toList();
	}

	public Long getVersion() {
		return version;
	}

}
