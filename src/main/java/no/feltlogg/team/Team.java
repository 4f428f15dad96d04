package no.feltlogg.team;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Team {

	@Id
	private UUID id;

	private UUID municipalityId;

	private String name;

	private Instant createdAt;

	@Version
	private Long version;

	protected Team() {
	}

	Team(UUID municipalityId, String name, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.municipalityId = municipalityId;
		this.name = name;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return id;
	}

	public UUID getMunicipalityId() {
		return municipalityId;
	}

	public String getName() {
		return name;
	}

	void rename(String name) {
		this.name = name;
	}

	public Long getVersion() {
		return version;
	}

}
