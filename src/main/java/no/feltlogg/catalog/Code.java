package no.feltlogg.catalog;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.SchoolLevel;

/** An entry of a team's code list. */
@Entity
@Table(name = "code_item")
class Code {

	@Id
	private UUID id;

	private UUID teamId;

	@Enumerated(EnumType.STRING)
	private CodeKind kind;

	private String code;

	private String label;

	private int sortOrder;

	private boolean retired;

	private @Nullable UUID areaId;

	@Enumerated(EnumType.STRING)
	private @Nullable SchoolLevel schoolLevel;

	private @Nullable Integer minAge;

	private @Nullable Integer maxAge;

	private @Nullable Integer startHour;

	private @Nullable Integer endHour;

	private boolean online;

	@Version
	private Long version;

	protected Code() {
	}

	Code(UUID teamId, CodeKind kind, String code, String label, int sortOrder) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.kind = kind;
		this.code = code;
		this.label = label;
		this.sortOrder = sortOrder;
	}

	Code inArea(UUID areaId) {
		this.areaId = areaId;
		return this;
	}

	Code atLevel(SchoolLevel level) {
		this.schoolLevel = level;
		return this;
	}

	Code ages(@Nullable Integer minAge, @Nullable Integer maxAge) {
		this.minAge = minAge;
		this.maxAge = maxAge;
		return this;
	}

	Code hours(int startHour, int endHour) {
		this.startHour = startHour;
		this.endHour = endHour;
		return this;
	}

	/** For an arena: whether it counts as the internet/social-media channel. */
	Code online(boolean online) {
		this.online = kind == CodeKind.ARENA && online;
		return this;
	}

	void relabel(String label) {
		this.label = label;
	}

	void retire() {
		this.retired = true;
	}

	void reinstate() {
		this.retired = false;
	}

	CodeItem toItem() {
		return new CodeItem(id, kind, code, label, retired, areaId, schoolLevel, minAge, maxAge, startHour, endHour,
				online);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTeamId() {
		return teamId;
	}

	public CodeKind getKind() {
		return kind;
	}

	public String getCode() {
		return code;
	}

	public String getLabel() {
		return label;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public Long getVersion() {
		return version;
	}

}
