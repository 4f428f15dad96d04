package no.feltlogg.fieldwork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;

/**
 * The import's way to the team's code lists: read once per import, and the new areas and
 * places made when stored.
 */
@Component
class ImportCodeLists {

	private final Catalog catalog;

	private final EntityManager entityManager;

	ImportCodeLists(Catalog catalog, EntityManager entityManager) {
		this.catalog = catalog;
		this.entityManager = entityManager;
	}

	/** The team's codes an import line may name, retired ones included. */
	ImportCodes of(UUID team) {
		return new ImportCodes(catalog.all(team, CodeKind.ARENA), catalog.all(team, CodeKind.THEME),
				catalog.all(team, CodeKind.AGE_BAND), catalog.all(team, CodeKind.AREA),
				catalog.all(team, CodeKind.PLACE));
	}

	/**
	 * Makes the new areas, then the new places in them; answers each one's id by its
	 * placeholder.
	 */
	Map<UUID, UUID> create(UUID team, ImportPlaces places) {
		var realIds = new LinkedHashMap<UUID, UUID>();
		places.newAreas()
			.forEach(area -> realIds.put(area.placeholder(),
					catalog.ensure(team, CodeKind.AREA, area.label(), null).id()));
		places.newPlaces().forEach(place -> {
			var area = realIds.getOrDefault(place.areaId(), place.areaId());
			realIds.put(place.placeholder(), catalog.ensure(team, CodeKind.PLACE, place.label(), area).id());
		});
		// The new codes must be in the database before the encounters refer to them.
		entityManager.flush();
		return realIds;
	}

}
