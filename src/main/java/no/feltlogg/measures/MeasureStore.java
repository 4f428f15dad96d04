package no.feltlogg.measures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The measures, their goals and follow-ups in PostgreSQL; every query names the team. */
@Component
class MeasureStore {

	private static final String COLUMNS = """
			id, team_id, youth_id, title, decided_on, starts_on, ends_on, hours_per_week, consent_id, responsible_id,
			evaluation_on, ended_on, created_by, created_at, version""";

	private final JdbcClient jdbc;

	MeasureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID teamId, NewMeasure measure, UUID createdBy, Instant createdAt) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into child_welfare_measure (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, 0)")
			.params(id, teamId, measure.youthId(), measure.title().trim(), measure.decidedOn(), measure.startsOn(),
					measure.endsOn(), measure.hoursPerWeek(), measure.consentId(), measure.responsibleId(),
					measure.evaluationOn(), createdBy, java.sql.Timestamp.from(createdAt))
			.update();
		int position = 0;
		for (var goal : measure.goals()) {
			jdbc.sql("insert into child_welfare_measure_goal (id, measure_id, position, text) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, position++, goal.trim())
				.update();
		}
		return id;
	}

	Optional<Measure> find(UUID teamId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from child_welfare_measure where team_id = ? and id = ?")
			.params(teamId, id)
			.query(MeasureStore::measure)
			.optional();
	}

	List<Measure> ofYouth(UUID teamId, UUID youthId) {
		return jdbc.sql("select " + COLUMNS
				+ " from child_welfare_measure where team_id = ? and youth_id = ? order by decided_on desc, created_at desc")
			.params(teamId, youthId)
			.query(MeasureStore::measure)
			.list();
	}

	/** The team's measures that run (not ended), the evaluation nearest first. */
	List<Measure> open(UUID teamId) {
		return jdbc.sql("select " + COLUMNS
				+ " from child_welfare_measure where team_id = ? and ended_on is null order by evaluation_on, created_at")
			.params(teamId)
			.query(MeasureStore::measure)
			.list();
	}

	List<Goal> goals(UUID measureId) {
		return jdbc
			.sql("select id, position, text from child_welfare_measure_goal where measure_id = ? order by position")
			.param(measureId)
			.query((rs, i) -> new Goal(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("text")))
			.list();
	}

	List<FollowUp> followUps(UUID measureId) {
		return jdbc.sql("""
				select id, goal_id, done_on, hours, note, recorded_by, recorded_at
				from child_welfare_measure_follow_up where measure_id = ? order by done_on desc, recorded_at desc""")
			.param(measureId)
			.query((rs, i) -> new FollowUp(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class),
					rs.getObject("done_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("note"),
					rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	UUID insertFollowUp(UUID teamId, UUID measureId, UUID goalId, LocalDate doneOn, BigDecimal hours, String note,
			UUID recordedBy, Instant recordedAt) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into child_welfare_measure_follow_up
				  (id, team_id, measure_id, goal_id, done_on, hours, note, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, teamId, measureId, goalId, doneOn, hours, note.trim(), recordedBy,
					java.sql.Timestamp.from(recordedAt))
			.update();
		return id;
	}

	boolean exists(UUID teamId) {
		return jdbc.sql("select exists (select 1 from child_welfare_measure where team_id = ?)")
			.param(teamId)
			.query(Boolean.class)
			.single();
	}

	private static Measure measure(ResultSet rs, int row) throws SQLException {
		return new Measure(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
				rs.getObject("youth_id", UUID.class), rs.getString("title"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getBigDecimal("hours_per_week"),
				rs.getObject("consent_id", UUID.class), rs.getObject("responsible_id", UUID.class),
				rs.getObject("evaluation_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getLong("version"));
	}

}
