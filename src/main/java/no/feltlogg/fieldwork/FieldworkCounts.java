package no.feltlogg.fieldwork;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;

/**
 * The field-work module's count queries for statistics: plain SQL aggregates over the
 * Europe/Oslo day stored with each row, for one team or several. A tally of six is six
 * encounters; registered youths met count one each. Encounters are read by whole months
 * from their monthly roll-up {@code encounter_month}, kept exact by triggers, and only
 * the days of a partial month at a period's ends from the encounters themselves (ADR
 * 0014), logged and imported alike: the views {@code counted_encounter} and
 * {@code counted_tally} hold both (ADR 0016).
 */
@Service
@Transactional(readOnly = true)
public class FieldworkCounts {

	/** Every kind of thing a field observation can note, by code. */
	public static final List<String> OBSERVATION_KINDS = java.util.Arrays.stream(FieldObservation.Kind.values())
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;

	FieldworkCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Totals(long encounters, long anonymous, long registered, long physical, long online) {
	}

	/**
	 * A count under a key: an arena or theme code, an area or place id, an hour, a month
	 * ({@code YYYY-MM}).
	 */
	public record Count(String key, long count) {
	}

	public record GenderCount(Gender gender, boolean registered, long count) {
	}

	public record BandGenderCount(String ageBand, Gender gender, long count) {
	}

	public record MonthCount(YearMonth month, String key, long count) {
	}

	/**
	 * Minutes of ended shifts that started in the period, and how many of them were spent
	 * directly with youths.
	 */
	public record ShiftTime(long shifts, long minutes, long directMinutes) {
	}

	/**
	 * The day of the team's last encounter at each of its schools (the school arena,
	 * naming the school), on or before {@code until}. Imported encounters name no school
	 * (ADR 0036).
	 */
	public java.util.Map<UUID, LocalDate> lastEncounterBySchool(UUID team, LocalDate until) {
		var last = new java.util.HashMap<UUID, LocalDate>();
		jdbc.sql("select school_id, max(local_date) from encounter "
				+ "where team_id = ? and school_id is not null and local_date <= ? group by school_id")
			.params(team, until)
			.query((rs, i) -> last.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
			.list();
		return last;
	}

	/**
	 * The schools the teams' encounters named in the period (for the report's school
	 * coverage, ADR 0036).
	 */
	public java.util.Set<UUID> schoolsWithEncounters(Collection<UUID> teams, ReportingPeriod period) {
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct school_id from encounter
				 where team_id in (:teams) and school_id is not null and local_date >= :from and local_date < :until""")
			.paramSource(params(teams, period))
			.query((rs, i) -> rs.getObject(1, UUID.class))
			.list());
	}

	public Totals totals(Collection<UUID> teams, ReportingPeriod period) {
		// the online channel: the arenas each team's arena list marks online (ADR 0038),
		// not a list in the code
		return jdbc.sql("""
				select coalesce(sum(n), 0) as total,
				       coalesce(sum(n - registered), 0) as anonymous,
				       coalesce(sum(registered), 0) as registered,
				       coalesce(sum(n) filter (where not online), 0) as physical,
				       coalesce(sum(n) filter (where online), 0) as online
				from (select e.n, e.registered, exists (select 1 from code_item a where a.team_id = e.team_id
				              and a.kind = 'ARENA' and a.code = e.arena_code and a.online) as online
				      from (select team_id, key as arena_code, encounters as n, registered from encounter_month
				             where team_id in (:teams) and dimension = 'ARENA' and month >= :monthsFrom
				               and month < :monthsUntil
				            union all
				            select team_id, arena_code, total, registered_count from counted_encounter
				             where team_id in (:teams) and """ + edgeDays(period, "") + ") e) c")
			.paramSource(params(teams, period))
			.query((rs, i) -> new Totals(rs.getLong("total"), rs.getLong("anonymous"), rs.getLong("registered"),
					rs.getLong("physical"), rs.getLong("online")))
			.single();
	}

	public List<GenderCount> byGender(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("""
					select gender, registered, sum(n) from (
					  select split_part(key, '|', 1) as gender, dimension = 'MET' as registered, encounters as n
					  from encounter_month
					  where team_id in (:teams) and dimension in ('TALLY', 'MET') and month >= :monthsFrom and month < :monthsUntil
					  union all
					  select e.gender, false, e.count
					  from counted_tally e
					  where e.team_id in (:teams) and """
					+ edgeDays(period, "e.") + """
							union all
							select y.gender, true, 1
							from encounter e join encounter_youth y on y.encounter_id = e.id
							where e.team_id in (:teams) and """ + edgeDays(period, "e.") + """
							) cells group by gender, registered having sum(n) > 0""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new GenderCount(Gender.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getLong(3)))
			.list();
	}

	public List<BandGenderCount> byAgeBandAndGender(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("""
					select age_band, gender, sum(n) from (
					  select substr(key, strpos(key, '|') + 1) as age_band, split_part(key, '|', 1) as gender, encounters as n
					  from encounter_month
					  where team_id in (:teams) and dimension in ('TALLY', 'MET') and month >= :monthsFrom and month < :monthsUntil
					  union all
					  select e.age_band, e.gender, e.count
					  from counted_tally e
					  where e.team_id in (:teams) and """
					+ edgeDays(period, "e.") + """
							union all
							select y.age_band, y.gender, 1
							from encounter e join encounter_youth y on y.encounter_id = e.id
							where e.team_id in (:teams) and """ + edgeDays(period, "e.") + """
							) cells group by age_band, gender having sum(n) > 0""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new BandGenderCount(rs.getString(1), Gender.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
	}

	public List<Count> byArena(Collection<UUID> teams, ReportingPeriod period) {
		return grouped("ARENA", "arena_code", teams, period);
	}

	public List<Count> byArea(Collection<UUID> teams, ReportingPeriod period) {
		return grouped("AREA", "area_id::text", teams, period);
	}

	public List<Count> byPlace(Collection<UUID> teams, ReportingPeriod period) {
		return grouped("PLACE", "place_id::text", teams, period);
	}

	/**
	 * Encounters by the Europe/Oslo hour they began in (0-23), to be put in the team's
	 * time-of-day bands.
	 */
	public List<Count> byHour(Collection<UUID> teams, ReportingPeriod period) {
		return grouped("HOUR", "local_hour::text", teams, period);
	}

	public List<Count> byMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select m, sum(n) from (
				  select to_char(month, 'YYYY-MM') as m, encounters as n from encounter_month
				  where team_id in (:teams) and dimension = 'ARENA' and month >= :monthsFrom and month < :monthsUntil
				  union all
				  select to_char(local_date, 'YYYY-MM'), total from counted_encounter
				  where team_id in (:teams) and """ + edgeDays(period, "") + """
				) e group by m having sum(n) > 0""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new Count(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/**
	 * Youths met in encounters where a theme was talked about; an encounter with two
	 * themes counts under both.
	 */
	public List<Count> byTheme(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select theme, sum(n) from (
				  select key as theme, encounters as n from encounter_month
				  where team_id in (:teams) and dimension = 'THEME' and month >= :monthsFrom and month < :monthsUntil
				  union all
				  select theme, total from counted_encounter, unnest(themes) as theme
				  where team_id in (:teams) and """ + edgeDays(period, "") + """
				) e group by theme having sum(n) > 0""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new Count(rs.getString(1), rs.getLong(2)))
			.list();
	}

	public ShiftTime shiftTime(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select count(*), coalesce(sum(extract(epoch from ended_at - started_at) / 60), 0)::bigint,
				       coalesce(sum(direct_minutes), 0)
				from shift where team_id in (:teams) and ended_at is not null
				  and started_at >= :start and started_at < :end""")
			.paramSource(params(teams, period).addValue("start", java.sql.Timestamp.from(period.start()))
				.addValue("end", java.sql.Timestamp.from(period.end())))
			.query((rs, i) -> new ShiftTime(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/**
	 * Working time and direct time per month, in person-minutes (ADR 0038): each ended
	 * shift once for each of its workers, by the Oslo month it started in, with the
	 * direct minutes its workers entered (none entered: none assumed); and the week
	 * sheets' time outside the field, of which accompanied referrals are direct.
	 */
	public List<MonthTime> workingTimeByMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("""
					select month, sum(minutes)::bigint, sum(direct)::bigint from (
					  select date_trunc('month', s.started_at at time zone 'Europe/Oslo')::date as month,
					         extract(epoch from s.ended_at - s.started_at) / 60 * w.workers as minutes,
					         coalesce(s.direct_minutes, 0) * w.workers as direct
					    from shift s cross join lateral (select greatest(count(*), 1) as workers from shift_worker sw
					                                      where sw.shift_id = s.id) w
					   where s.team_id in (:teams) and s.ended_at is not null and s.started_at >= :start
					     and s.started_at < :end
					  union all
					  select date_trunc('month', work_day)::date, minutes, case when kind = 'ACCOMPANIED' then minutes else 0 end
					    from working_time
					   where team_id in (:teams) and work_day >= :from and work_day < :until
					) t group by month order by month""")
			.paramSource(params(teams, period).addValue("start", java.sql.Timestamp.from(period.start()))
				.addValue("end", java.sql.Timestamp.from(period.end()))
				.addValue("from", period.from())
				.addValue("until", period.until()))
			.query((rs, i) -> new MonthTime(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** Working minutes and direct minutes of a month. */
	public record MonthTime(YearMonth month, long minutes, long directMinutes) {
	}

	/** Encounters per month under a key (arena code, area id), for trends. */
	public List<MonthCount> monthlyByArena(Collection<UUID> teams, ReportingPeriod period) {
		return monthly("ARENA", "arena_code", teams, period);
	}

	public List<MonthCount> monthlyByArea(Collection<UUID> teams, ReportingPeriod period) {
		return monthly("AREA", "area_id::text", teams, period);
	}

	public List<MonthCount> monthlyByTheme(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("""
					select to_char(month, 'YYYY-MM'), theme, sum(n) from (
					  select month, key as theme, encounters as n from encounter_month
					  where team_id in (:teams) and dimension = 'THEME' and month >= :monthsFrom and month < :monthsUntil
					  union all
					  select date_trunc('month', local_date)::date, theme, total from counted_encounter, unnest(themes) as theme
					  where team_id in (:teams) and """
					+ edgeDays(period, "") + """
							) e group by month, theme having sum(n) > 0""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * A month's base: how many of the teams counted any encounter in it, and whether some
	 * were imported history.
	 */
	public record MonthBase(YearMonth month, long teams, boolean imported) {
	}

	/**
	 * The base of each whole month of the period that counts any encounter, logged or
	 * imported (ADR 0043): the teams from the roll-up's arena rows (every encounter has
	 * an arena), imported history by an index probe per month, no encounter rows read.
	 */
	public List<MonthBase> monthBase(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select to_char(r.month, 'YYYY-MM'), count(distinct r.team_id),
				       exists (select from imported_encounter i where i.team_id in (:teams)
				                and i.local_date >= r.month and i.local_date < r.month + interval '1 month')
				  from encounter_month r
				 where r.team_id in (:teams) and r.dimension = 'ARENA' and r.encounters > 0
				   and r.month >= :monthsFrom and r.month < :monthsUntil
				 group by r.month order by r.month""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new MonthBase(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getBoolean(3)))
			.list();
	}

	/**
	 * Field observations per area id and kind of thing seen; an observation of two kinds
	 * counts under both.
	 */
	public List<MonthCount> observationsByAreaAndKind(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select to_char(local_date, 'YYYY-MM'), area_id::text || '|' || kind, count(*)
				from field_observation, unnest(kinds) as kind
				where team_id in (:teams) and local_date >= :from and local_date < :until group by 1, 2""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * Whole months from the monthly roll-up, the days of a partial month at either end
	 * from the encounters.
	 */
	private List<Count> grouped(String dimension, String expression, Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("select key, sum(n) from ("
				+ "select key, encounters as n from encounter_month where team_id in (:teams) and dimension = :dimension "
				+ "and month >= :monthsFrom and month < :monthsUntil union all select " + expression
				+ ", total from counted_encounter where team_id in (:teams) and " + edgeDays(period, "") + " and "
				+ expression + " is not null) e group by key having sum(n) > 0")
			.paramSource(params(teams, period).addValue("dimension", dimension))
			.query((rs, i) -> new Count(rs.getString(1), rs.getLong(2)))
			.list();
	}

	private List<MonthCount> monthly(String dimension, String expression, Collection<UUID> teams,
			ReportingPeriod period) {
		return jdbc
			.sql("select to_char(month, 'YYYY-MM'), key, sum(n) from ("
					+ "select month, key, encounters as n from encounter_month where team_id in (:teams) "
					+ "and dimension = :dimension and month >= :monthsFrom and month < :monthsUntil union all "
					+ "select date_trunc('month', local_date)::date, " + expression + ", total from counted_encounter "
					+ "where team_id in (:teams) and " + edgeDays(period, "") + " and " + expression
					+ " is not null) e group by month, key having sum(n) > 0")
			.paramSource(params(teams, period).addValue("dimension", dimension))
			.query((rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * The period's days, and its whole months: from the first day of the first whole
	 * month up to the first day of the month the period ends in. A period without a whole
	 * month has none ({@code monthsFrom = monthsUntil = until}), and all its days are
	 * edge days.
	 */
	private static MapSqlParameterSource params(Collection<UUID> teams, ReportingPeriod period) {
		if (teams.isEmpty()) {
			throw new IllegalArgumentException("Counts need at least one team");
		}
		var months = wholeMonths(period);
		return new MapSqlParameterSource().addValue("teams", teams)
			.addValue("from", period.from())
			.addValue("until", period.until())
			.addValue("monthsFrom", months[0])
			.addValue("monthsUntil", months[1]);
	}

	/**
	 * The first day of the period's first whole month, and the first day after its last.
	 */
	private static LocalDate[] wholeMonths(ReportingPeriod period) {
		var monthsFrom = period.from().getDayOfMonth() == 1 ? period.from()
				: period.from().withDayOfMonth(1).plusMonths(1);
		var monthsUntil = period.until().withDayOfMonth(1);
		if (!monthsFrom.isBefore(monthsUntil)) {
			return new LocalDate[] { period.until(), period.until() };
		}
		return new LocalDate[] { monthsFrom, monthsUntil };
	}

	/**
	 * The condition on the rows (of alias {@code e.} or none) for the days of the period
	 * outside its whole months, which are read from the encounters themselves;
	 * {@code false} when the period is whole months (a year, say), so that the planner
	 * drops those branches and the figures come from the roll-up alone.
	 */
	private static String edgeDays(ReportingPeriod period, String alias) {
		var months = wholeMonths(period);
		if (months[0].equals(period.from()) && months[1].equals(period.until())) {
			return " false ";
		}
		return " ((" + alias + "local_date >= :from and " + alias + "local_date < :monthsFrom) or (" + alias
				+ "local_date >= :monthsUntil and " + alias + "local_date < :until)) ";
	}

}
