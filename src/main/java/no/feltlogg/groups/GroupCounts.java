package no.feltlogg.groups;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;

/**
 * The groups module's count queries for statistics: plain SQL aggregates over sessions
 * dated in the period, for one team or several, never a name or an id.
 * <ul>
 * <li>An <em>attendance</em> is a registered youth present at a held session; a youth at
 * ten sessions is ten attendances. Absent and excused are not counted.</li>
 * <li><em>Unique participants</em> are distinct registered youths with at least one
 * attendance in the period. Split by gender and age band, each youth counts once, with
 * her gender and age band at her first attendance in the period; split by group type, a
 * youth in groups of two types counts under both.</li>
 * <li><em>Anonymous attendances</em> are the anonymous participants counted at held
 * sessions.</li>
 * <li><em>Sessions planned</em> are the sessions dated in the period, whether held,
 * cancelled or still only planned; <em>sessions held</em> those of them that were
 * held.</li>
 * </ul>
 * Only what falls on days of the period is counted, so a period that cuts through a
 * group's run counts the sessions on its own side. Small counts are not suppressed here;
 * whoever shows them outside the team does that.
 */
@Service
@Transactional(readOnly = true)
public class GroupCounts {

	/** The sessions of the teams dated in the period. */
	private static final String SESSIONS = """
			select s.id, s.group_id, s.status, s.session_date from group_session s
			 where s.team_id in (:teams) and s.session_date >= :from and s.session_date < :until""";

	/**
	 * Registered youths present at held sessions in the period, with what they are
	 * counted by.
	 */
	private static final String PRESENT = """
			select a.youth_id, a.gender, coalesce(a.age_band, '?') as age_band, s.session_date, g.type_code
			  from group_attendance a
			  join group_session s on s.id = a.session_id
			  join activity_group g on g.id = s.group_id
			 where s.team_id in (:teams) and s.session_date >= :from and s.session_date < :until
			   and s.status = 'HELD' and a.status = 'PRESENT'""";

	/** Anonymous participants at held sessions in the period. */
	private static final String ANONYMOUS = """
			select n.gender, n.age_band, n.count, s.session_date, g.type_code
			  from group_session_anonymous n
			  join group_session s on s.id = n.session_id
			  join activity_group g on g.id = s.group_id
			 where s.team_id in (:teams) and s.session_date >= :from and s.session_date < :until
			   and s.status = 'HELD'""";

	private final JdbcClient jdbc;

	GroupCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Everything in one line. {@link #heldPercent()} is the share of the period's planned
	 * sessions that were held.
	 */
	public record Totals(long attendances, long uniqueParticipants, long anonymousAttendances, long sessionsHeld,
			long sessionsPlanned) {

		/**
		 * Held sessions as a whole percentage of the sessions planned in the period;
		 * empty when none were.
		 */
		public @Nullable Long heldPercent() {
			return sessionsPlanned == 0 ? null : Math.round(100.0 * sessionsHeld / sessionsPlanned);
		}

	}

	/**
	 * The same for the groups of one type (a code of the GROUP_TYPE list, such as
	 * {@code girls}); {@code groups} is the number of groups of the type with a session
	 * held in the period.
	 */
	public record TypeCount(String groupType, long groups, long attendances, long uniqueParticipants,
			long anonymousAttendances, long sessionsHeld, long sessionsPlanned) {

		public @Nullable Long heldPercent() {
			return sessionsPlanned == 0 ? null : Math.round(100.0 * sessionsHeld / sessionsPlanned);
		}

	}

	/**
	 * Registered youths' attendances and unique participants in an age band (a code,
	 * {@code ?} if none fit).
	 */
	public record BandGenderCount(String ageBand, Gender gender, long attendances, long uniqueParticipants) {
	}

	/** Anonymous attendances in an age band. */
	public record AnonymousBandGenderCount(String ageBand, Gender gender, long attendances) {
	}

	public record MonthCount(YearMonth month, long attendances, long anonymousAttendances, long sessionsHeld) {
	}

	/**
	 * Minutes of held sessions per month, from their start and end times (a session
	 * without both adds none): direct time with youths (ADR 0038).
	 */
	public java.util.Map<YearMonth, Long> heldSessionMinutesByMonth(Collection<UUID> teams, ReportingPeriod period) {
		var minutes = new java.util.TreeMap<YearMonth, Long>();
		jdbc.sql("""
				select date_trunc('month', session_date)::date as month,
				       coalesce(sum(extract(epoch from ends_at - starts_at) / 60), 0)::bigint as minutes
				  from group_session
				 where team_id in (:teams) and status = 'HELD' and session_date >= :from and session_date < :until
				 group by 1""")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> minutes.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("minutes")))
			.list();
		return minutes;
	}

	public Totals totals(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("with sessions as (" + SESSIONS + "), present as (" + PRESENT + "), anonymous as (" + ANONYMOUS + """
					)
					select (select count(*) from present) as attendances,
					       (select count(distinct youth_id) from present) as participants,
					       (select coalesce(sum(count), 0) from anonymous) as anonymous,
					       (select count(*) from sessions where status = 'HELD') as held,
					       (select count(*) from sessions) as planned""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new Totals(rs.getLong("attendances"), rs.getLong("participants"), rs.getLong("anonymous"),
					rs.getLong("held"), rs.getLong("planned")))
			.single();
	}

	/**
	 * Per group type code, ordered by code; a type without sessions in the period is left
	 * out.
	 */
	public List<TypeCount> byGroupType(Collection<UUID> teams, ReportingPeriod period) {
		var rows = new TreeMap<String, long[]>();
		var params = params(teams, period);
		jdbc.sql("select g.type_code, count(distinct g.id) filter (where s.status = 'HELD'), "
				+ "count(*) filter (where s.status = 'HELD'), count(*) from (" + SESSIONS + ") s "
				+ "join activity_group g on g.id = s.group_id group by g.type_code")
			.paramSource(params)
			.query((rs, i) -> {
				var row = row(rows, rs.getString(1));
				row[0] = rs.getLong(2);
				row[4] = rs.getLong(3);
				row[5] = rs.getLong(4);
				return row;
			})
			.list();
		jdbc.sql("select type_code, count(*), count(distinct youth_id) from (" + PRESENT + ") p group by type_code")
			.paramSource(params)
			.query((rs, i) -> {
				var row = row(rows, rs.getString(1));
				row[1] = rs.getLong(2);
				row[2] = rs.getLong(3);
				return row;
			})
			.list();
		jdbc.sql("select type_code, sum(count) from (" + ANONYMOUS + ") n group by type_code")
			.paramSource(params)
			.query((rs, i) -> {
				var row = row(rows, rs.getString(1));
				row[3] = rs.getLong(2);
				return row;
			})
			.list();
		return rows.entrySet()
			.stream()
			.map(e -> new TypeCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
					e.getValue()[4], e.getValue()[5]))
			.toList();
	}

	/**
	 * Registered youths by age band and gender: attendances with the band and gender of
	 * each day, and unique participants with those of each youth's first attendance in
	 * the period, so that the cells add up to the total.
	 */
	public List<BandGenderCount> byAgeBandAndGender(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("with present as (" + PRESENT + """
				),
				firsts as (select distinct on (youth_id) youth_id, gender, age_band from present
				            order by youth_id, session_date)
				select p.age_band, p.gender, p.attendances, coalesce(f.participants, 0)
				  from (select age_band, gender, count(*) as attendances from present group by 1, 2) p
				  left join (select age_band, gender, count(*) as participants from firsts group by 1, 2) f
				         using (age_band, gender)
				 order by 1, 2""")
			.paramSource(params(teams, period))
			.query((rs, i) -> new BandGenderCount(rs.getString(1), Gender.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getLong(4)))
			.list();
	}

	public List<AnonymousBandGenderCount> anonymousByAgeBandAndGender(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("select age_band, gender, sum(count) from (" + ANONYMOUS + ") n group by 1, 2 order by 1, 2")
			.paramSource(params(teams, period))
			.query((rs, i) -> new AnonymousBandGenderCount(rs.getString(1), Gender.valueOf(rs.getString(2)),
					rs.getLong(3)))
			.list();
	}

	/** Per month of the period that has a held session. */
	public List<MonthCount> byMonth(Collection<UUID> teams, ReportingPeriod period) {
		var months = new TreeMap<YearMonth, long[]>();
		var params = params(teams, period);
		jdbc.sql("with sessions as (" + SESSIONS + "), present as (" + PRESENT + "), anonymous as (" + ANONYMOUS + """
				)
				select to_char(session_date, 'YYYY-MM'), 0, count(*) from present group by 1
				union all
				select to_char(session_date, 'YYYY-MM'), 1, sum(count) from anonymous group by 1
				union all
				select to_char(session_date, 'YYYY-MM'), 2, count(*) from sessions where status = 'HELD' group by 1""")
			.paramSource(params)
			.query((rs, i) -> {
				var month = months.computeIfAbsent(YearMonth.parse(rs.getString(1)), m -> new long[3]);
				month[rs.getInt(2)] = rs.getLong(3);
				return month;
			})
			.list();
		return months.entrySet()
			.stream()
			.map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
	}

	private static long[] row(Map<String, long[]> rows, String type) {
		return rows.computeIfAbsent(type, t -> new long[6]);
	}

	private static MapSqlParameterSource params(Collection<UUID> teams, ReportingPeriod period) {
		if (teams.isEmpty()) {
			throw new IllegalArgumentException("Counts need at least one team");
		}
		return new MapSqlParameterSource().addValue("teams", teams)
			.addValue("from", period.from())
			.addValue("until", period.until());
	}

	/**
	 * The day of the last held session of the team's groups at each school (a group's
	 * school of the SCHOOL list), on or before {@code until}; schools without one are
	 * left out. For the school list's "last there" (information module).
	 */
	public Map<UUID, java.time.LocalDate> lastHeldSessionBySchool(UUID team, java.time.LocalDate until) {
		var last = new java.util.HashMap<UUID, java.time.LocalDate>();
		jdbc.sql("""
				select g.school_id, max(s.session_date) from group_session s join activity_group g on g.id = s.group_id
				 where s.team_id = ? and s.status = 'HELD' and g.school_id is not null and s.session_date <= ?
				 group by g.school_id""")
			.params(team, until)
			.query((rs, i) -> last.put(rs.getObject(1, UUID.class), rs.getObject(2, java.time.LocalDate.class)))
			.list();
		return last;
	}

	/**
	 * The schools where the teams' groups held a session in the period (for the report's
	 * school coverage).
	 */
	public java.util.Set<UUID> schoolsWithHeldSessions(Collection<UUID> teams, ReportingPeriod period) {
		return new java.util.HashSet<>(jdbc
			.sql("select distinct g.school_id from (" + SESSIONS + ") s "
					+ "join activity_group g on g.id = s.group_id where s.status = 'HELD' and g.school_id is not null")
			.paramSource(params(teams, period))
			.query((rs, i) -> rs.getObject(1, UUID.class))
			.list());
	}

}
