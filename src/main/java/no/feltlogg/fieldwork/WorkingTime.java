package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;

/**
 * A worker's working time outside the field, a week at a time, and the team's target for
 * the share of working time spent directly with youths (ADR 0038).
 */
@Service
@Transactional
public class WorkingTime {

	/**
	 * The target when the leader has set none: 70 % of working time directly with youths.
	 */
	public static final int DEFAULT_TARGET_PERCENT = 70;

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkingTime(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The Monday of the week a day falls in. */
	public static LocalDate monday(LocalDate day) {
		return day.with(DayOfWeek.MONDAY);
	}

	/** The worker's minutes per day and kind in the week starting on a Monday. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('WORKER', 'LEADER')")
	public Map<LocalDate, Map<WorkKind, Integer>> week(CurrentUser worker, LocalDate monday) {
		var week = new TreeMap<LocalDate, Map<WorkKind, Integer>>();
		for (int d = 0; d < 7; d++) {
			week.put(monday.plusDays(d), new EnumMap<>(WorkKind.class));
		}
		jdbc.sql("""
				select work_day, kind, minutes from working_time
				 where team_id = ? and account_id = ? and work_day >= ? and work_day < ?""")
			.params(worker.requireTeamId(), worker.accountId(), monday, monday.plusDays(7))
			.query((rs, i) -> week.get(rs.getDate(1).toLocalDate())
				.put(WorkKind.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return week;
	}

	/** Replaces the worker's week: a blank or zero cell has no row. */
	@PreAuthorize("hasAnyRole('WORKER', 'LEADER')")
	public void saveWeek(CurrentUser worker, LocalDate monday, Map<LocalDate, Map<WorkKind, Integer>> minutes) {
		var team = worker.requireTeamId();
		jdbc.sql("delete from working_time where team_id = ? and account_id = ? and work_day >= ? and work_day < ?")
			.params(team, worker.accountId(), monday, monday.plusDays(7))
			.update();
		var now = java.sql.Timestamp.from(clock.instant());
		minutes.forEach((day, kinds) -> kinds.forEach((kind, value) -> {
			if (value != null && value > 0 && !day.isBefore(monday) && day.isBefore(monday.plusDays(7))) {
				jdbc.sql("""
						insert into working_time (id, team_id, account_id, work_day, kind, minutes, recorded_at)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), team, worker.accountId(), day, kind.name(), value, now)
					.update();
			}
		}));
	}

	/**
	 * A worker's past working time outside the field (demo data and imports; no one
	 * signed in).
	 */
	public void recordPast(UUID team, UUID account, LocalDate day, WorkKind kind, int minutes) {
		jdbc.sql("""
				insert into working_time (id, team_id, account_id, work_day, kind, minutes, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (account_id, work_day, kind) do nothing""")
			.params(UUID.randomUUID(), team, account, day, kind.name(), minutes,
					java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/** Whether anyone of the team has recorded working time outside the field. */
	@Transactional(readOnly = true)
	public boolean anyRecorded(UUID team) {
		return jdbc.sql("select exists (select 1 from working_time where team_id = ?)")
			.param(team)
			.query(Boolean.class)
			.single();
	}

	/** The team's target share of working time directly with youths, in per cent. */
	@Transactional(readOnly = true)
	public int targetPercent(UUID team) {
		return jdbc.sql("select percent from direct_time_target where team_id = ?")
			.param(team)
			.query(Integer.class)
			.optional()
			.orElse(DEFAULT_TARGET_PERCENT);
	}

	@PreAuthorize("hasRole('LEADER')")
	public void setTarget(CurrentUser leader, int percent) {
		if (percent < 1 || percent > 100) {
			throw new IllegalArgumentException("A target is 1 to 100 %");
		}
		jdbc.sql("""
				insert into direct_time_target (team_id, percent, set_by, set_at) values (?, ?, ?, ?)
				on conflict (team_id) do update set percent = excluded.percent, set_by = excluded.set_by,
				                                    set_at = excluded.set_at""")
			.params(leader.requireTeamId(), percent, leader.accountId(), java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Refuses anyone but a leader (a target typed wrong is answered only to the one who
	 * may set it).
	 */
	@PreAuthorize("hasRole('LEADER')")
	public void requireLeader(CurrentUser leader) {
		// the annotation is the check
	}

	/** The kinds in the order of the week sheet's columns. */
	public static List<WorkKind> kinds() {
		return List.of(WorkKind.values());
	}

}
