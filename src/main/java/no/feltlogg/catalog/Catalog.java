package no.feltlogg.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.SchoolLevel;

/**
 * The catalog module's public service: a team's code lists and its directory of services.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final CodeRepository codes;

	private final ServiceRepository services;

	private final JdbcClient jdbc;

	Catalog(CodeRepository codes, ServiceRepository services, JdbcClient jdbc) {
		this.codes = codes;
		this.services = services;
		this.jdbc = jdbc;
	}

	/** The codes of a kind that can be chosen for new records, in the team's order. */
	public List<CodeItem> active(UUID teamId, CodeKind kind) {
		return all(teamId, kind).stream().filter(c -> !c.retired()).toList();
	}

	/**
	 * All codes of a kind, retired ones included, for showing and filtering old records.
	 */
	public List<CodeItem> all(UUID teamId, CodeKind kind) {
		// read as rows, not entities: pages and reports read several lists each, and
		// loading them as entities cost
		// about 2 ms a list (docs/benchmarks-statistics.md); new codes are flushed when
		// they are added
		return jdbc
			.sql("""
					select id, kind, code, label, retired, area_id, school_level, min_age, max_age, start_hour, end_hour, online
					  from code_item
					 where team_id = ? and kind = ?
					 order by sort_order, label""")
			.params(teamId, kind.name())
			.query(Catalog::item)
			.list();
	}

	private static CodeItem item(ResultSet row, int number) throws SQLException {
		var schoolLevel = row.getString("school_level");
		return new CodeItem(row.getObject("id", UUID.class), CodeKind.valueOf(row.getString("kind")),
				row.getString("code"), row.getString("label"), row.getBoolean("retired"),
				row.getObject("area_id", UUID.class), schoolLevel == null ? null : SchoolLevel.valueOf(schoolLevel),
				row.getObject("min_age", Integer.class), row.getObject("max_age", Integer.class),
				row.getObject("start_hour", Integer.class), row.getObject("end_hour", Integer.class),
				row.getBoolean("online"));
	}

	public Optional<CodeItem> find(UUID teamId, UUID id) {
		return codes.findByIdAndTeamId(id, teamId).map(Code::toItem);
	}

	public Optional<CodeItem> byCode(UUID teamId, CodeKind kind, String code) {
		return codes.findByTeamIdAndKindAndCode(teamId, kind, code).map(Code::toItem);
	}

	/** Code to label, in the team's order, retired codes included. */
	public Map<String, String> labels(UUID teamId, CodeKind kind) {
		var labels = new LinkedHashMap<String, String>();
		all(teamId, kind).forEach(c -> labels.put(c.code(), c.label()));
		return labels;
	}

	/**
	 * The codes chosen in a form that are the team's codes of that kind, each once, in
	 * the order chosen.
	 */
	public List<String> known(UUID teamId, CodeKind kind, @Nullable List<String> chosen) {
		if (chosen == null) {
			return List.of();
		}
		var known = labels(teamId, kind).keySet();
		return chosen.stream().filter(known::contains).distinct().toList();
	}

	/** The active age band a whole age falls in. */
	public Optional<CodeItem> ageBandFor(UUID teamId, int age) {
		return active(teamId, CodeKind.AGE_BAND).stream().filter(b -> b.containsAge(age)).findFirst();
	}

	/** The active time-of-day band an hour falls in. */
	public Optional<CodeItem> timeOfDayFor(UUID teamId, int hour) {
		return active(teamId, CodeKind.TIME_OF_DAY).stream().filter(b -> b.containsHour(hour)).findFirst();
	}

	public List<ServiceInfo> services(UUID teamId) {
		return services.findByTeamIdOrderByName(teamId).stream().map(ServiceEntry::toInfo).toList();
	}

	public List<ServiceInfo> activeServices(UUID teamId) {
		return services(teamId).stream().filter(s -> !s.retired()).toList();
	}

	public Optional<ServiceInfo> service(UUID teamId, UUID id) {
		return services.findByIdAndTeamId(id, teamId).map(ServiceEntry::toInfo);
	}

	/**
	 * The area or place with this name, created for the team when it does not exist yet
	 * (imports and start-up data name places in plain words). A place needs its area, and
	 * the pair (area, place) names it: the same place name may exist in several areas
	 * (ADR 0038).
	 */
	@Transactional
	public CodeItem ensure(UUID teamId, CodeKind kind, String label, @Nullable UUID areaId) {
		if (kind != CodeKind.AREA && kind != CodeKind.PLACE) {
			throw new IllegalArgumentException("Only areas and places are created by name, not " + kind);
		}
		if (kind == CodeKind.PLACE) {
			if (areaId == null) {
				throw new IllegalArgumentException("A place needs its area");
			}
			return codes.findPlaceInArea(teamId, areaId, label.trim())
				.orElseGet(() -> add(teamId, kind, label, areaId, null))
				.toItem();
		}
		return codes.findByLabel(teamId, kind, label.trim())
			.orElseGet(() -> add(teamId, kind, label, areaId, null))
			.toItem();
	}

	/**
	 * The name of each place of the team as lists, reports and trends show it: its label,
	 * with its area where another place of the team has the same label
	 * ({@code Skateparken (Nord)}), retired places included (ADR 0038).
	 */
	public Map<UUID, String> placeNames(UUID teamId) {
		var places = all(teamId, CodeKind.PLACE);
		var areas = new java.util.HashMap<UUID, String>();
		all(teamId, CodeKind.AREA).forEach(a -> areas.put(a.id(), a.label()));
		var sameLabel = new java.util.HashMap<String, Integer>();
		places.forEach(p -> sameLabel.merge(p.label().toLowerCase(Locale.ROOT), 1, Integer::sum));
		var names = new LinkedHashMap<UUID, String>();
		for (var place : places) {
			boolean ambiguous = sameLabel.get(place.label().toLowerCase(Locale.ROOT)) > 1;
			names.put(place.id(), ambiguous && place.areaId() != null
					? place.label() + " (" + areas.getOrDefault(place.areaId(), "?") + ")" : place.label());
		}
		return names;
	}

	@Transactional
	public CodeItem addSchool(UUID teamId, String name, SchoolLevel level) {
		return add(teamId, CodeKind.SCHOOL, name, null, level).toItem();
	}

	@Transactional
	public ServiceInfo addService(UUID teamId, String name, ServiceKind kind, @Nullable String responsibleUnit,
			@Nullable String contact, @Nullable String phone, @Nullable String webAddress, @Nullable Integer minAge,
			@Nullable Integer maxAge) {
		var service = new ServiceEntry(teamId, name.trim(), kind);
		service.describe(name.trim(), kind, responsibleUnit, contact, phone, webAddress, minAge, maxAge);
		return services.save(service).toInfo();
	}

	Code add(UUID teamId, CodeKind kind, String label, @Nullable UUID areaId, @Nullable SchoolLevel level) {
		var code = new Code(teamId, kind, uniqueCode(teamId, kind, label), label.trim(),
				codes.maxSortOrder(teamId, kind) + 10);
		if (areaId != null) {
			code.inArea(areaId);
		}
		if (level != null) {
			code.atLevel(level);
		}
		return codes.saveAndFlush(code);
	}

	String uniqueCode(UUID teamId, CodeKind kind, String label) {
		var base = slug(label);
		var candidate = base;
		for (int i = 2; codes.existsByTeamIdAndKindAndCode(teamId, kind, candidate); i++) {
			candidate = base + "-" + i;
		}
		return candidate;
	}

	/**
	 * A readable, stable code from a label: {@code Jernbanestasjonen Øst} becomes
	 * {@code jernbanestasjonen-ost}.
	 */
	static String slug(String label) {
		var folded = label.trim().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		var slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.isEmpty()) {
			slug = "kode";
		}
		return slug.length() > 50 ? slug.substring(0, 50) : slug;
	}

}
