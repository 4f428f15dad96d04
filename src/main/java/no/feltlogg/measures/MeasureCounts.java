package no.feltlogg.measures;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.ReportingPeriod;

/**
 * The measure module's count queries for statistics: no names, no text. A measure counts
 * in a period when its plan's period overlaps it (decided earlier or not); its planned
 * hours in the period are the hours a week times the weeks of the overlap; recorded hours
 * are the follow-ups' hours on days in the period.
 */
@Service
@Transactional(readOnly = true)
public class MeasureCounts {

	private final JdbcClient jdbc;

	MeasureCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Measures running in the period, the distinct youths they are for, planned and
	 * recorded hours (rounded).
	 */
	public record Totals(long measures, long youths, long plannedHours, long recordedHours) {
	}

	public Totals totals(Collection<UUID> teams, ReportingPeriod period) {
		if (teams.isEmpty()) {
			return new Totals(0, 0, 0, 0);
		}
		return jdbc.sql("""
				select count(*) as measures, count(distinct youth_id) as youths,
				       coalesce(round(sum(hours_per_week * (least(coalesce(ended_on, ends_on), :last)
				                                           - greatest(starts_on, :from) + 1) / 7.0)), 0) as planned,
				       (select coalesce(round(sum(f.hours)), 0) from child_welfare_measure_follow_up f
				         where f.team_id in (:teams) and f.done_on >= :from and f.done_on < :until) as recorded
				  from child_welfare_measure
				 where team_id in (:teams) and starts_on < :until and coalesce(ended_on, ends_on) >= :from""")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.param("last", period.until().minusDays(1))
			.query((rs, i) -> new Totals(rs.getLong("measures"), rs.getLong("youths"), rs.getLong("planned"),
					rs.getLong("recorded")))
			.single();
	}

}
