package no.feltlogg.information;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.groups.GroupCounts;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.SchoolLevel;

/**
 * The information module's count queries for statistics (ADR 0036): plain SQL aggregates
 * over the events on Oslo days of the period. An <em>event</em> is one lesson, meeting,
 * stand or talk; <em>reached</em> is the people it reached, all its audiences summed. By
 * audience, an event counts under each audience it reached; by theme, under each of its
 * themes with everyone it reached. Small counts are not suppressed here.
 */
@Service
@Transactional(readOnly = true)
public class InformationCounts {

	private static final String EVENTS = """
			select * from information_event
			 where team_id in (:teams) and local_date >= :from and local_date < :until""";

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final GroupCounts groups;

	private final FieldworkCounts encounters;

	InformationCounts(JdbcClient jdbc, Catalog catalog, GroupCounts groups, FieldworkCounts encounters) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.groups = groups;
		this.encounters = encounters;
	}

	/**
	 * Events and people reached, in all and split by whether the team led the event or
	 * took part.
	 */
	public record Totals(long events, long reached, long ledEvents, long ledReached, long tookPartEvents,
			long tookPartReached) {
	}

	/**
	 * Events and people reached under one key (an audience, a theme code, a kind, a
	 * grade, a month).
	 */
	public record Count(String key, long events, long reached) {
	}

	public record MonthCount(YearMonth month, long events, long reached) {
	}

	/**
	 * A school level's schools on the team's list, those visited in the period, and those
	 * with a named contact.
	 */
	public record Coverage(SchoolLevel level, long schools, long visited, long withContact) {
	}

	public Totals totals(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select count(*), coalesce(sum(pupils + parents + staff + others), 0), "
					+ "count(*) filter (where led_by_team), "
					+ "coalesce(sum(pupils + parents + staff + others) filter (where led_by_team), 0), "
					+ "count(*) filter (where not led_by_team), "
					+ "coalesce(sum(pupils + parents + staff + others) filter (where not led_by_team), 0) from ("
					+ EVENTS + ") e")
			.paramSource(params(teams, period))
			.query((rs, i) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6)))
			.single();
	}

	/** By audience, in the order of {@link Audience}; every audience is listed. */
	public List<Count> byAudience(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select count(*) filter (where pupils > 0), coalesce(sum(pupils), 0), "
					+ "count(*) filter (where parents > 0), coalesce(sum(parents), 0), "
					+ "count(*) filter (where staff > 0), coalesce(sum(staff), 0), "
					+ "count(*) filter (where others > 0), coalesce(sum(others), 0) from (" + EVENTS + ") e")
			.paramSource(params(teams, period))
			.query((rs, i) -> {
				var counts = new ArrayList<Count>();
				for (var audience : Audience.values()) {
					int column = 1 + 2 * audience.ordinal();
					counts.add(new Count(audience.name(), rs.getLong(column), rs.getLong(column + 1)));
				}
				return counts;
			})
			.single();
	}

	/** By theme code, ordered by code; an event with three themes counts under each. */
	public List<Count> byTheme(Collection<UUID> teams, ReportingPeriod period) {
		return keyed(
				"select t.theme, count(*), sum(pupils + parents + staff + others) from (" + EVENTS
						+ ") e cross join unnest(e.themes) as t(theme) group by t.theme order by t.theme",
				teams, period);
	}

	/**
	 * By kind ({@link InformationKind} names), ordered by name; kinds without events are
	 * left out.
	 */
	public List<Count> byKind(Collection<UUID> teams, ReportingPeriod period) {
		return keyed("select kind, count(*), sum(pupils + parents + staff + others) from (" + EVENTS
				+ ") e group by kind order by kind", teams, period);
	}

	/**
	 * Pupils reached by grade (1-13, as text), ordered by grade; only events that reached
	 * pupils.
	 */
	public List<Count> pupilsByGrade(Collection<UUID> teams, ReportingPeriod period) {
		return keyed("select grade::text, count(*), sum(pupils) from (" + EVENTS
				+ ") e where pupils > 0 group by grade order by grade", teams, period);
	}

	/** Month by month; months without events are left out. */
	public List<MonthCount> byMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select to_char(local_date, 'YYYY-MM'), count(*), sum(pupils + parents + staff + others) " + "from ("
					+ EVENTS + ") e group by 1 order by 1")
			.paramSource(params(teams, period))
			.query((rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/**
	 * For each school level with schools on the team's list (retired schools left out):
	 * how many schools, how many the team was at in the period (information work there, a
	 * held session of a group at the school, or an encounter at the school arena naming
	 * it), and how many have a named contact now (ADR 0036).
	 */
	public List<Coverage> schoolCoverage(UUID team, ReportingPeriod period) {
		var visited = new HashSet<UUID>(
				jdbc.sql("select distinct school_id from (" + EVENTS + ") e where school_id is not null")
					.paramSource(params(List.of(team), period))
					.query((rs, i) -> rs.getObject(1, UUID.class))
					.list());
		visited.addAll(groups.schoolsWithHeldSessions(List.of(team), period));
		visited.addAll(encounters.schoolsWithEncounters(List.of(team), period));
		var withContact = new HashSet<UUID>(jdbc.sql("select distinct school_id from school_contact where team_id = ?")
			.params(team)
			.query((rs, i) -> rs.getObject(1, UUID.class))
			.list());
		var schools = catalog.active(team, CodeKind.SCHOOL);
		var coverage = new ArrayList<Coverage>();
		for (var level : SchoolLevel.values()) {
			var ofLevel = schools.stream().filter(s -> s.schoolLevel() == level).toList();
			if (!ofLevel.isEmpty()) {
				coverage.add(new Coverage(level, ofLevel.size(),
						ofLevel.stream().filter(s -> visited.contains(s.id())).count(),
						ofLevel.stream().filter(s -> withContact.contains(s.id())).count()));
			}
		}
		return coverage;
	}

	/**
	 * The day of the last information work at each of the team's schools, on or before
	 * {@code until}.
	 */
	java.util.Map<UUID, LocalDate> lastEventBySchool(UUID team, LocalDate until) {
		var last = new java.util.HashMap<UUID, LocalDate>();
		jdbc.sql("select school_id, max(local_date) from information_event "
				+ "where team_id = ? and school_id is not null and local_date <= ? group by school_id")
			.params(team, until)
			.query((rs, i) -> last.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
			.list();
		return last;
	}

	private List<Count> keyed(String sql, Collection<UUID> teams, ReportingPeriod period) {
		return jdbc.sql(sql)
			.paramSource(params(teams, period))
			.query((rs, i) -> new Count(key(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private static String key(@Nullable String key) {
		return key == null ? "?" : key;
	}

	private static MapSqlParameterSource params(Collection<UUID> teams, ReportingPeriod period) {
		if (teams.isEmpty()) {
			throw new IllegalArgumentException("Counts need at least one team");
		}
		return new MapSqlParameterSource().addValue("teams", teams)
			.addValue("from", period.from())
			.addValue("until", period.until());
	}

}
