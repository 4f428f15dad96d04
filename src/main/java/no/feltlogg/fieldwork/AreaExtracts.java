package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.team.Teams;

/**
 * Makes the area meeting's extract (issue 18). A leader chooses among her team's areas
 * and gets counts and notes; the SLT coordinator chooses among every area of the
 * municipality's teams and gets counts only, suppressed. Field observations are anonymous
 * by design (no names, nothing identifying), so reading them writes no access log.
 */
@Component
@Transactional(readOnly = true)
class AreaExtracts {

	/** The default window: the last six weeks, today included. */
	static final int DEFAULT_DAYS = 42;

	/** The longest window one extract covers. */
	static final int MAX_DAYS = 366;

	private static final String WEEK = "to_char(local_date, 'IYYY-\"W\"IW')";

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Teams teams;

	private final MessageSource messages;

	AreaExtracts(JdbcClient jdbc, Catalog catalog, Teams teams, MessageSource messages) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.teams = teams;
		this.messages = messages;
	}

	/**
	 * An area the user may choose: its id, its team, and its label (with the team's name
	 * for the SLT coordinator).
	 */
	record Area(UUID id, UUID teamId, String label) {
	}

	/**
	 * The areas the user may choose from: the leader's team's, or every team's of the
	 * municipality for SLT.
	 */
	List<Area> choosable(CurrentUser user) {
		var areas = new ArrayList<Area>();
		if (user.role() == Role.SLT) {
			for (var team : teams.teamsOf(user.municipalityId())) {
				catalog.all(team.id(), CodeKind.AREA)
					.forEach(a -> areas.add(new Area(a.id(), team.id(), team.name() + ": " + a.label())));
			}
		}
		else {
			var team = user.requireTeamId();
			catalog.all(team, CodeKind.AREA).forEach(a -> areas.add(new Area(a.id(), team, a.label())));
		}
		return areas;
	}

	AreaExtract extract(CurrentUser user, Collection<UUID> chosen, LocalDate from, LocalDate to, Locale locale) {
		boolean slt = user.role() == Role.SLT;
		var areas = choosable(user).stream().filter(a -> chosen.contains(a.id())).toList();
		var areaIds = areas.stream().map(Area::id).toList();
		var teamIds = areas.stream().map(Area::teamId).collect(Collectors.toCollection(LinkedHashSet::new));
		var areaLabels = areas.stream().collect(Collectors.toMap(Area::id, Area::label, (a, b) -> a));
		var weeks = weeks(from, to);
		var weekLabels = weeks.stream()
			.map(w -> message("extract.week", locale, w.substring(6), w.substring(0, 4)))
			.toList();
		var tables = new ArrayList<ExtractTable>();
		var notes = new ArrayList<AreaExtract.Note>();
		if (areaIds.isEmpty()) {
			return new AreaExtract(List.of(), from, to, tables, notes, slt);
		}

		// field observations by kind and week; an observation of two kinds counts under
		// both
		var byKindWeek = new HashMap<String, Long>();
		jdbc.sql("select " + WEEK + " as week, kind, count(*) as n from field_observation, unnest(kinds) as kind"
				+ " where team_id in (:teams) and area_id in (:areas) and local_date between :from and :to"
				+ " group by 1, 2")
			.param("teams", teamIds)
			.param("areas", areaIds)
			.param("from", from)
			.param("to", to)
			.query((rs, i) -> byKindWeek.put(rs.getString("kind") + "|" + rs.getString("week"), rs.getLong("n")))
			.list();
		var kinds = Arrays.stream(FieldObservation.Kind.values()).map(Enum::name).toList();
		var observed = new long[kinds.size()][weeks.size()];
		for (int k = 0; k < kinds.size(); k++) {
			for (int w = 0; w < weeks.size(); w++) {
				observed[k][w] = byKindWeek.getOrDefault(kinds.get(k) + "|" + weeks.get(w), 0L);
			}
		}
		tables.add(ExtractTable.of("observations", message("extract.table.observations", locale),
				message("extract.heading.kind", locale),
				kinds.stream().map(k -> message("observation.kind." + k, locale)).toList(), weekLabels, observed, slt));

		// the encounters there, by week: how many, and how many youths met
		var encounters = new long[2][weeks.size()];
		var weekIndex = new HashMap<String, Integer>();
		for (int w = 0; w < weeks.size(); w++) {
			weekIndex.put(weeks.get(w), w);
		}
		jdbc.sql("select " + WEEK + " as week, count(*) as n, coalesce(sum(total), 0) as youths from encounter"
				+ " where team_id in (:teams) and area_id in (:areas) and local_date between :from and :to group by 1")
			.param("teams", teamIds)
			.param("areas", areaIds)
			.param("from", from)
			.param("to", to)
			.query((rs, i) -> {
				var w = weekIndex.get(rs.getString("week"));
				if (w != null) {
					encounters[0][w] = rs.getLong("n");
					encounters[1][w] = rs.getLong("youths");
				}
				return w;
			})
			.list();
		tables.add(ExtractTable.of("encounters", message("extract.table.encounters", locale),
				message("extract.heading.encounters", locale),
				List.of(message("extract.row.encounters", locale), message("extract.row.youthsMet", locale)),
				weekLabels, encounters, slt));

		// the encounters' themes over the window; an encounter with two themes counts
		// under both
		var themeLabels = new HashMap<String, String>();
		teamIds.forEach(t -> catalog.labels(t, CodeKind.THEME).forEach(themeLabels::putIfAbsent));
		var byTheme = new LinkedHashMap<String, Long>();
		jdbc.sql("select theme, count(*) as n from encounter, unnest(themes) as theme"
				+ " where team_id in (:teams) and area_id in (:areas) and local_date between :from and :to"
				+ " group by theme order by count(*) desc, theme")
			.param("teams", teamIds)
			.param("areas", areaIds)
			.param("from", from)
			.param("to", to)
			.query((rs, i) -> byTheme.merge(themeLabels.getOrDefault(rs.getString("theme"), rs.getString("theme")),
					rs.getLong("n"), Long::sum))
			.list();
		var themeValues = new long[byTheme.size()][1];
		int t = 0;
		for (var n : byTheme.values()) {
			themeValues[t++][0] = n;
		}
		tables.add(ExtractTable.of("themes", message("extract.table.themes", locale),
				message("extract.heading.theme", locale), List.copyOf(byTheme.keySet()),
				List.of(message("extract.row.encounters", locale)), themeValues, slt));

		if (!slt) {
			jdbc.sql("""
					select local_date, area_id, kinds, severity, note from field_observation
					 where team_id in (:teams) and area_id in (:areas) and local_date between :from and :to
					   and note is not null and length(trim(note)) > 0
					 order by observed_at desc limit 300""")
				.param("teams", teamIds)
				.param("areas", areaIds)
				.param("from", from)
				.param("to", to)
				.query((rs, i) -> notes.add(new AreaExtract.Note(rs.getObject("local_date", LocalDate.class),
						areaLabels.getOrDefault(rs.getObject("area_id", UUID.class), ""),
						Arrays.stream((String[]) rs.getArray("kinds").getArray())
							.map(k -> message("observation.kind." + k, locale))
							.collect(Collectors.joining(", ")),
						message("observation.severity." + rs.getString("severity"), locale), rs.getString("note"))))
				.list();
		}
		return new AreaExtract(areas.stream().map(Area::label).toList(), from, to, tables, notes, slt);
	}

	/** The ISO weeks the window touches, in order, as {@code YYYY-Www}. */
	static List<String> weeks(LocalDate from, LocalDate to) {
		var weeks = new LinkedHashSet<String>();
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			weeks.add(String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
					day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
		}
		return List.copyOf(weeks);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
