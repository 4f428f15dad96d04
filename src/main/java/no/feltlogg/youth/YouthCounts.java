package no.feltlogg.youth;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.SchoolLevel;

/**
 * Counts of registered youths for the statistics module: SQL aggregates over one or more
 * teams, never a name or an id. Small counts are not suppressed here; whoever shows them
 * outside the team does that.
 */
@Service
@Transactional(readOnly = true)
public class YouthCounts {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	YouthCounts(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * Distinct youths registered by name some day of the period (a consent to
	 * registration in force that day), by gender.
	 */
	public Map<Gender, Long> registeredByGender(Collection<UUID> teams, ReportingPeriod period) {
		var counts = new EnumMap<Gender, Long>(Gender.class);
		jdbc.sql("""
				select y.gender, count(distinct y.id) as youths
				  from youth y join consent c on c.youth_id = y.id and c.scope = 'REGISTRATION'
				 where y.team_id in (:teams) and c.team_id in (:teams) and c.given_on < :until
				   and (c.withdrawn_on is null or c.withdrawn_on > :from)
				   and (c.expires_on is null or c.expires_on >= :from)
				 group by y.gender""")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> counts.put(Gender.valueOf(rs.getString("gender")), rs.getLong("youths")))
			.list();
		return counts;
	}

	/**
	 * Youths per priority level at the end of each month of a period: the level of each
	 * youth's last change on or before the month's last day, for youths whose record was
	 * not closed before the month began. Set-based: each change holds from its day until
	 * the youth's next change, and is counted in the months whose last day falls in that
	 * span (and before the record was closed), rather than looking up each youth's level
	 * month by month.
	 */
	public List<LevelCount> youthsPerLevelByMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("""
					with changes as (
					    select p.youth_id, p.to_level, p.changed_on,
					           lead(p.changed_on) over (partition by p.youth_id order by p.changed_on, p.recorded_at) as next_on
					      from priority_change p join youth y on y.id = p.youth_id
					     where y.team_id in (:teams) and p.changed_on < :afterLastMonth)
					select m.month::date as month, c.to_level as level, count(*) as youths
					  from changes c
					  join youth y on y.id = c.youth_id
					 cross join lateral generate_series(
					       greatest(date_trunc('month', c.changed_on::timestamp), cast(:firstMonth as timestamp)),
					       least(coalesce(date_trunc('month', c.next_on - interval '1 month'), cast(:lastMonth as timestamp)),
					             coalesce(date_trunc('month', y.closed_on::timestamp), cast(:lastMonth as timestamp)),
					             cast(:lastMonth as timestamp)),
					       interval '1 month') as m(month)
					 group by m.month, c.to_level
					 order by m.month, case c.to_level when 'RED' then 1 when 'YELLOW' then 2 else 3 end""")
			.param("teams", teams)
			.param("firstMonth", period.from().withDayOfMonth(1))
			.param("lastMonth", period.lastDay().withDayOfMonth(1))
			.param("afterLastMonth", period.lastDay().withDayOfMonth(1).plusMonths(1))
			.query((rs, row) -> new LevelCount(YearMonth.from(rs.getDate("month").toLocalDate()),
					PriorityLevel.valueOf(rs.getString("level")), rs.getLong("youths")))
			.list();
	}

	/**
	 * Movements between levels per month of a period (a first level set is not a
	 * movement).
	 */
	public List<Movement> movementsByMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				select date_trunc('month', changed_on)::date as month, from_level, to_level, count(*) as moves
				  from priority_change
				 where team_id in (:teams) and changed_on >= :from and changed_on < :until and from_level is not null
				 group by 1, 2, 3 order by 1, 2, 3""")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> new Movement(YearMonth.from(rs.getDate("month").toLocalDate()),
					PriorityLevel.valueOf(rs.getString("from_level")), PriorityLevel.valueOf(rs.getString("to_level")),
					rs.getLong("moves")))
			.list();
	}

	/**
	 * Distinct youths by their priority level at the start of a period and at its end,
	 * however often it changed in between (ADR 0038): {@code from} is the level of the
	 * last change before the first day, {@code null} for a youth who came in during the
	 * period; {@code to} is the level of the last change on or before the last day,
	 * {@code null} for a youth whose record was closed in the period (left). Youths
	 * without a level by the end, and records closed before the period, are not counted.
	 */
	public List<YouthMovement> movementsPerYouth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql("""
				with levels as (
				    select y.id, y.closed_on,
				           (select p.to_level from priority_change p where p.youth_id = y.id and p.changed_on < :from
				             order by p.changed_on desc, p.recorded_at desc limit 1) as start_level,
				           (select p.to_level from priority_change p where p.youth_id = y.id and p.changed_on < :until
				             order by p.changed_on desc, p.recorded_at desc limit 1) as end_level
				      from youth y
				     where y.team_id in (:teams) and (y.closed_on is null or y.closed_on >= :from))
				select start_level, case when closed_on is not null and closed_on < :until then null else end_level end
				       as end_level, count(*) as youths
				  from levels
				 where end_level is not null
				 group by 1, 2""")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> new YouthMovement(level(rs.getString("start_level")), level(rs.getString("end_level")),
					rs.getLong("youths")))
			.list();
	}

	private static @Nullable PriorityLevel level(@Nullable String level) {
		return level == null ? null : PriorityLevel.valueOf(level);
	}

	/** Distinct youths from a level (null: came in) to a level (null: left). */
	public record YouthMovement(@Nullable PriorityLevel from, @Nullable PriorityLevel to, long youths) {
	}

	/**
	 * Distinct youths with a worrying development (a concern criterion in force some day
	 * of the period), by school level: the level of the youth's school where one is
	 * recorded, otherwise by age at the end of the period.
	 */
	public Map<SchoolLevel, Long> worryingDevelopmentBySchoolLevel(Collection<UUID> teams, ReportingPeriod period) {
		var rows = jdbc.sql("""
				select y.team_id, y.school_id, y.birth_date, y.birth_year, count(distinct y.id) as youths
				  from youth y join concern c on c.youth_id = y.id
				 where y.team_id in (:teams) and c.team_id in (:teams) and c.noted_on < :until
				   and (c.ended_on is null or c.ended_on >= :from)
				 group by y.team_id, y.school_id, y.birth_date, y.birth_year""")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> new ConcernGroup(rs.getObject("team_id", UUID.class),
					rs.getObject("school_id", UUID.class),
					rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate(),
					rs.getInt("birth_year"), rs.getLong("youths")))
			.list();
		// each team's schools read once, not one lookup per school
		var schoolLevels = new HashMap<UUID, @Nullable SchoolLevel>();
		rows.stream()
			.filter(group -> group.schoolId() != null)
			.map(ConcernGroup::teamId)
			.distinct()
			.forEach(team -> catalog.all(team, CodeKind.SCHOOL)
				.forEach(school -> schoolLevels.put(school.id(), school.schoolLevel())));
		var counts = new EnumMap<SchoolLevel, Long>(SchoolLevel.class);
		for (var group : rows) {
			SchoolLevel level = group.schoolId() == null ? null : schoolLevels.get(group.schoolId());
			if (level == null) {
				level = levelByAge(group.ageOn(period.lastDay()));
			}
			counts.merge(level, group.youths(), Long::sum);
		}
		return counts;
	}

	/** The school level a youth of an age would be at, when no school is recorded. */
	static SchoolLevel levelByAge(int age) {
		if (age < 13) {
			return SchoolLevel.PRIMARY;
		}
		if (age < 16) {
			return SchoolLevel.LOWER_SECONDARY;
		}
		if (age < 19) {
			return SchoolLevel.UPPER_SECONDARY;
		}
		return SchoolLevel.OVER_18;
	}

	public record LevelCount(YearMonth month, PriorityLevel level, long youths) {
	}

	public record Movement(YearMonth month, PriorityLevel from, PriorityLevel to, long moves) {
	}

	private record ConcernGroup(UUID teamId, @Nullable UUID schoolId, @Nullable LocalDate birthDate, int birthYear,
			long youths) {

		int ageOn(LocalDate day) {
			return birthDate != null ? Period.between(birthDate, day).getYears() : day.getYear() - birthYear;
		}

	}

}
