package no.feltlogg.fieldwork;

import static no.feltlogg.fieldwork.ImportCodes.key;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import no.feltlogg.fieldwork.ImportOutcome.Problem;

/**
 * The areas and places of an import's lines: names the team knows are looked up, new ones
 * are noted with a placeholder id and created when the import is stored. At most
 * {@value #MAX_NEW_CODES} new ones per file.
 */
final class ImportPlaces {

	/**
	 * New areas and places one file may create; more is a file of another kind, not a
	 * list of places.
	 */
	static final int MAX_NEW_CODES = 200;

	static final int MAX_LABEL = 120;

	/**
	 * An area or place named in the file that the team does not have yet, created when
	 * the import is stored.
	 */
	record NewCode(UUID placeholder, String label, @Nullable UUID areaId, @Nullable String areaLabel, long line) {

		/** A new place with its area, {@code Skateparken (Nord)}. */
		String named() {
			return areaLabel == null ? label : label + " (" + areaLabel + ")";
		}

	}

	/** Where a line took place: ids of the team's codes or placeholders of new ones. */
	record Where(@Nullable UUID areaId, @Nullable UUID placeId) {
	}

	private final ImportCodes codes;

	private final Map<String, NewCode> newAreas = new LinkedHashMap<>();

	/** New places by their area's id and their name. */
	private final Map<String, NewCode> newPlaces = new LinkedHashMap<>();

	ImportPlaces(ImportCodes codes) {
		this.codes = codes;
	}

	/**
	 * The area and place of a line. The pair (area, place) names a place, so a name known
	 * in another area is a new place in this one (ADR 0038); a place named without its
	 * area must be known to the team (or new in the file) under one area only. New codes
	 * are noted only for a line without {@code problems} so far.
	 */
	Where where(String areaName, String placeName, long line, List<Problem> problems) {
		if (areaName.length() > MAX_LABEL || placeName.length() > MAX_LABEL) {
			problems.add(Problem.messageKey("import.error.nameTooLong", MAX_LABEL));
			return new Where(null, null);
		}
		var areaKey = key(areaName);
		var placeKey = key(placeName);
		UUID areaId = null;
		String areaLabel = null;
		NewCode newArea = null;
		if (!areaKey.isEmpty()) {
			var known = codes.area(areaKey);
			if (known != null) {
				areaId = known.id();
				areaLabel = known.label();
			}
			else {
				newArea = newAreas.get(areaKey);
				if (newArea == null) {
					newArea = new NewCode(UUID.randomUUID(), areaName, null, null, line);
				}
				areaId = newArea.placeholder();
				areaLabel = newArea.label();
			}
		}
		UUID placeId = null;
		NewCode newPlace = null;
		String newPlaceKey = null;
		if (!placeKey.isEmpty()) {
			var known = codes.places(placeKey);
			if (areaId == null) {
				var newInFile = newPlaces.values().stream().filter(p -> key(p.label()).equals(placeKey)).toList();
				int candidates = known.size() + newInFile.size();
				if (candidates == 0) {
					problems.add(Problem.messageKey("import.error.placeNeedsArea", placeName));
				}
				else if (candidates > 1) {
					problems.add(Problem.messageKey("import.error.placeAmbiguous", placeName));
				}
				else if (known.size() == 1) {
					placeId = known.getFirst().id();
					areaId = known.getFirst().areaId();
				}
				else {
					placeId = newInFile.getFirst().placeholder();
					areaId = newInFile.getFirst().areaId();
				}
			}
			else {
				UUID area = areaId;
				var inArea = known.stream().filter(p -> area.equals(p.areaId())).findFirst();
				if (inArea.isPresent()) {
					placeId = inArea.get().id();
				}
				else {
					newPlaceKey = areaId + "|" + placeKey;
					newPlace = newPlaces.get(newPlaceKey);
					if (newPlace == null) {
						newPlace = new NewCode(UUID.randomUUID(), placeName, areaId, areaLabel, line);
					}
					placeId = newPlace.placeholder();
				}
			}
		}
		if (problems.isEmpty()) {
			if (newArea != null && !newAreas.containsKey(areaKey)) {
				note(newAreas, areaKey, newArea, problems);
			}
			if (newPlace != null && newPlaceKey != null && !newPlaces.containsKey(newPlaceKey)) {
				note(newPlaces, newPlaceKey, newPlace, problems);
			}
		}
		return new Where(areaId, placeId);
	}

	private void note(Map<String, NewCode> codes, String key, NewCode code, List<Problem> problems) {
		if (newAreas.size() + newPlaces.size() >= MAX_NEW_CODES) {
			problems.add(Problem.messageKey("import.error.tooManyNewCodes", MAX_NEW_CODES));
		}
		else {
			codes.put(key, code);
		}
	}

	/** The new areas, in the order the file names them. */
	Collection<NewCode> newAreas() {
		return newAreas.values();
	}

	/**
	 * The new places, in the order the file names them; a place's area may be a new one.
	 */
	Collection<NewCode> newPlaces() {
		return newPlaces.values();
	}

	List<String> newAreaNames() {
		return newAreas.values().stream().map(NewCode::label).toList();
	}

	/**
	 * The new places as the outcome reports them: with their area where the name is in
	 * several areas.
	 */
	List<String> newPlaceNames() {
		return newPlaces.values().stream().map(place -> {
			var key = key(place.label());
			boolean ambiguous = !codes.places(key).isEmpty()
					|| newPlaces.values().stream().filter(p -> key(p.label()).equals(key)).count() > 1;
			return ambiguous ? place.named() : place.label();
		}).toList();
	}

	/** The placeholders of all new areas and places. */
	List<UUID> placeholders() {
		return Stream.concat(newAreas.values().stream(), newPlaces.values().stream())
			.map(NewCode::placeholder)
			.toList();
	}

	/**
	 * Forgets the new codes named only on lines that are not stored (skipped as imported
	 * before).
	 */
	void forgetAllBut(Set<UUID> inUse) {
		newAreas.values().removeIf(code -> !inUse.contains(code.placeholder()));
		newPlaces.values().removeIf(code -> !inUse.contains(code.placeholder()));
	}

}
