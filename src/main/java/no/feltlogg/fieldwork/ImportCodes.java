package no.feltlogg.fieldwork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.feltlogg.catalog.CodeItem;

/**
 * A team's code lists as an import looks them up: read once per import, then asked per
 * line without the database. Names are compared trimmed and in lower case ({@link #key}).
 */
final class ImportCodes {

	private final Set<String> arenas = new HashSet<>();

	private final Set<String> themes = new HashSet<>();

	/** Age band code by whole age, for the ages 0 to 120. */
	private final String[] bandByAge = new String[121];

	/** Age band code by its code or label. */
	private final Map<String, String> bands = new HashMap<>();

	private final Map<String, CodeItem> areasByName = new HashMap<>();

	private final Map<String, List<CodeItem>> placesByName = new HashMap<>();

	/**
	 * From the team's codes of each kind, retired ones included (a retired age band is
	 * understood by its name but no age falls in it).
	 */
	ImportCodes(Collection<CodeItem> arenas, Collection<CodeItem> themes, List<CodeItem> ageBands, List<CodeItem> areas,
			List<CodeItem> places) {
		arenas.forEach(arena -> this.arenas.add(key(arena.code())));
		themes.forEach(theme -> this.themes.add(key(theme.code())));
		var active = ageBands.stream().filter(band -> !band.retired()).toList();
		for (int age = 0; age < bandByAge.length; age++) {
			int a = age;
			bandByAge[age] = active.stream().filter(b -> b.containsAge(a)).map(CodeItem::code).findFirst().orElse(null);
		}
		for (var band : ageBands) {
			bands.putIfAbsent(key(band.label()), band.code());
			bands.put(key(band.code()), band.code());
		}
		for (var area : areas) {
			areasByName.putIfAbsent(key(area.label()), area);
		}
		for (var place : places) {
			placesByName.computeIfAbsent(key(place.label()), k -> new ArrayList<>()).add(place);
		}
	}

	/** A name or code as it is compared: trimmed, in lower case. */
	static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	boolean isArena(String key) {
		return arenas.contains(key);
	}

	boolean isTheme(String key) {
		return themes.contains(key);
	}

	/** The active age band a whole age falls in, if any. */
	@Nullable String bandOfAge(int age) {
		return age >= 0 && age < bandByAge.length ? bandByAge[age] : null;
	}

	/** The age band with this code or label. */
	@Nullable String band(String key) {
		return bands.get(key);
	}

	@Nullable CodeItem area(String key) {
		return areasByName.get(key);
	}

	/** The team's places of this name, in any area. */
	List<CodeItem> places(String key) {
		return placesByName.getOrDefault(key, List.of());
	}

}
