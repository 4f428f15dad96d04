package no.feltlogg.catalog;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Texts;

/** A service in a team's directory. */
@Entity
@Table(name = "service")
class ServiceEntry {

	@Id
	private UUID id;

	private UUID teamId;

	private String name;

	@Enumerated(EnumType.STRING)
	private ServiceKind kind;

	private @Nullable String responsibleUnit;

	private @Nullable String contact;

	private @Nullable String phone;

	private @Nullable String webAddress;

	private @Nullable Integer minAge;

	private @Nullable Integer maxAge;

	private boolean retired;

	@Version
	private Long version;

	protected ServiceEntry() {
	}

	ServiceEntry(UUID teamId, String name, ServiceKind kind) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.name = name;
		this.kind = kind;
	}

	/** The plain editable fields. */
	void describe(String name, ServiceKind kind, @Nullable String responsibleUnit, @Nullable String contact,
			@Nullable String phone, @Nullable String webAddress, @Nullable Integer minAge, @Nullable Integer maxAge) {
		this.name = name;
		this.kind = kind;
		this.responsibleUnit = Texts.blankToNull(responsibleUnit);
		this.contact = Texts.blankToNull(contact);
		this.phone = Texts.blankToNull(phone);
		this.webAddress = Texts.blankToNull(webAddress);
		this.minAge = minAge;
		this.maxAge = maxAge;
	}

	void retire() {
		this.retired = true;
	}

	void reinstate() {
		this.retired = false;
	}

	ServiceInfo toInfo() {
		return new ServiceInfo(id, name, kind, responsibleUnit, contact, phone, webAddress, minAge, maxAge, retired);
	}

	public UUID getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

}
