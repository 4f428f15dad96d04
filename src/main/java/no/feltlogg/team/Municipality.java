package no.feltlogg.team;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Municipality {

	@Id
	private UUID id;

	private String name;

	@Version
	private Long version;

	protected Municipality() {
	}

	Municipality(String name) {
		this.id = UUID.randomUUID();
		this.name = name;
	}

	UUID getId() {
		return id;
	}

	String getName() {
		return name;
	}

}
