package no.feltlogg.fieldwork;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.Gender;

/**
 * The team's encounter list and its totals, for any combination of filters, as plain SQL:
 * the encounters workers logged and those imported from an earlier system (ADR 0016),
 * which count alike; an imported one has no id of its own here and is shown by its source
 * id, and its worker is the leader who imported it.
 */
@Component
@Transactional(readOnly = true)
class EncounterQueries {

	static final int LIST_LIMIT = 300;

	/**
	 * Who recorded an encounter: the worker who logged it, or the leader who imported it.
	 */
	private static final String LOGGED = "e.created_by";

	private static final String IMPORTED = "(select i.imported_by from encounter_import i where i.id = e.import_id)";

	private final JdbcClient jdbc;

	EncounterQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Where and about what the worker's own last encounter in the team was, for "same as
	 * last" (issue 15).
	 */
	record LastEncounter(String arena, @Nullable UUID areaId, @Nullable UUID placeId, List<String> themes) {
	}

	/**
	 * The team's most used themes on encounters since the given day, most used first
	 * (issue 15).
	 */
	List<String> mostUsedThemes(UUID team, java.time.LocalDate since, int limit) {
		return jdbc.sql("""
				select t.code from encounter e cross join lateral unnest(e.themes) as t(code)
				where e.team_id = :team and e.local_date >= :since
				group by t.code order by count(*) desc, t.code limit :limit""")
			.param("team", team)
			.param("since", since)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/** The worker's own last logged encounter in the team, if any. */
	java.util.Optional<LastEncounter> lastOf(UUID team, UUID account) {
		return jdbc.sql("""
				select e.arena_code, e.area_id, e.place_id, e.themes from encounter e
				where e.team_id = :team and e.created_by = :account
				order by e.created_at desc limit 1""")
			.param("team", team)
			.param("account", account)
			.query((rs, n) -> new LastEncounter(rs.getString(1), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), List.of((String[]) rs.getArray(4).getArray())))
			.optional();
	}

	record Row(@Nullable UUID id, Instant occurredAt, String arena, @Nullable UUID areaId, @Nullable UUID placeId,
			int total, int registered, List<String> themes, @Nullable UUID createdBy, Instant createdAt,
			@Nullable String sourceId) {
	}

	record Totals(int encounters, int youths, int registered, Map<Gender, Integer> byGender) {

		int gender(Gender gender) {
			return byGender.getOrDefault(gender, 0);
		}

		public int getBoys() {
			return gender(Gender.BOY);
		}

		public int getGirls() {
			return gender(Gender.GIRL);
		}

		public int getOtherOrUnknown() {
			return gender(Gender.OTHER) + gender(Gender.UNKNOWN);
		}

	}

	/**
	 * The latest encounters of the filter, newest first. Each table is read newest day
	 * first along its (team, day) index, so that the latest few hundred of a million
	 * imported lines are found without sorting them all (the day is that of the instant
	 * in Oslo, so ordering by day and instant is ordering by instant).
	 */
	List<Row> list(UUID team, EncounterFilter filter) {
		var params = params(team, filter);
		return jdbc
			.sql("""
					select * from (
					  (select e.id, e.occurred_at, e.arena_code, e.area_id, e.place_id, e.total, e.registered_count, e.themes,
					          e.created_by, e.created_at, null as source_id
					   from encounter e where %s order by e.local_date desc, e.occurred_at desc limit %d)
					  union all
					  (select null, e.occurred_at, e.arena_code, e.area_id, e.place_id, e.count, 0, e.themes,
					          i.imported_by, i.imported_at, e.source_id
					   from imported_encounter e join encounter_import i on i.id = e.import_id
					   where %s order by e.local_date desc, e.occurred_at desc limit %d)
					) r order by occurred_at desc, source_id limit %d"""
				.formatted(where(filter, LOGGED), LIST_LIMIT, where(filter, IMPORTED), LIST_LIMIT, LIST_LIMIT))
			.params(params)
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("arena_code"), rs.getObject("area_id", UUID.class),
					rs.getObject("place_id", UUID.class), rs.getInt("total"), rs.getInt("registered_count"),
					strings(rs.getArray("themes")), rs.getObject("created_by", UUID.class),
					rs.getTimestamp("created_at").toInstant(), rs.getString("source_id")))
			.list();
	}

	Totals totals(UUID team, EncounterFilter filter) {
		var params = params(team, filter);
		var logged = where(filter, LOGGED);
		var imported = where(filter, IMPORTED);
		var sums = jdbc
			.sql("""
					select count(*) as n, coalesce(sum(total), 0) as youths, coalesce(sum(registered_count), 0) as registered
					from (select e.total, e.registered_count from encounter e where %s
					      union all
					      select e.count, 0 from imported_encounter e where %s) r"""
				.formatted(logged, imported))
			.params(params)
			.query((rs, i) -> new int[] { rs.getInt("n"), rs.getInt("youths"), rs.getInt("registered") })
			.single();
		var byGender = new HashMap<Gender, Integer>();
		jdbc.sql(
				"""
						select gender, sum(n) as n from (
						  select c.gender, c.count as n from encounter e join encounter_count c on c.encounter_id = e.id where %s
						  union all
						  select y.gender, 1 from encounter e join encounter_youth y on y.encounter_id = e.id where %s
						  union all
						  select e.gender, e.count from imported_encounter e where %s
						) cells group by gender"""
					.formatted(logged, logged, imported))
			.params(params)
			.query(rs -> {
				byGender.put(Gender.valueOf(rs.getString("gender")), rs.getInt("n"));
			});
		return new Totals(sums[0], sums[1], sums[2], byGender);
	}

	/**
	 * The filter's conditions on an encounter {@code e}, logged or imported, with its
	 * recorder as given.
	 */
	private static String where(EncounterFilter filter, String recordedBy) {
		var where = new StringBuilder("e.team_id = :team and e.local_date between :from and :to");
		if (filter.areaId() != null) {
			where.append(" and e.area_id = :area");
		}
		if (filter.placeId() != null) {
			where.append(" and e.place_id = :place");
		}
		if (filter.arena() != null) {
			where.append(" and e.arena_code = :arena");
		}
		if (filter.theme() != null) {
			where.append(" and :theme = any(e.themes)");
		}
		if (filter.workerId() != null) {
			where.append(" and ").append(recordedBy).append(" = :worker");
		}
		return where.toString();
	}

	/**
	 * The values of the filter's conditions; those of conditions it leaves out are not in
	 * the SQL.
	 */
	private static Map<String, Object> params(UUID team, EncounterFilter filter) {
		var params = new HashMap<String, Object>();
		params.put("team", team);
		params.put("from", filter.from() != null ? filter.from() : LocalDate.of(1900, 1, 1));
		params.put("to", filter.to() != null ? filter.to() : LocalDate.of(9999, 12, 31));
		params.put("area", filter.areaId());
		params.put("place", filter.placeId());
		params.put("arena", filter.arena());
		params.put("theme", filter.theme());
		params.put("worker", filter.workerId());
		return params;
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
