package no.feltlogg.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.retention.Retention.DueYouth;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * The leader's side of retention (ADR 0034): her team's youths due within
 * {@link Retention#DUE_WINDOW_DAYS} days or on hold, and placing and lifting legal holds.
 * Called by {@link Retention}, whose methods carry the role checks and the transactions.
 */
@Component
class LegalHolds {

	private final JdbcClient jdbc;

	private final RetentionRules rules;

	private final AccessLog accessLog;

	private final Clock clock;

	LegalHolds(JdbcClient jdbc, RetentionRules rules, AccessLog accessLog, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * The leader's view: her team's youths to be anonymised within the next 30 days (or
	 * already due), and every youth on hold. Shows names, so it is logged as a list view
	 * naming each youth shown.
	 */
	List<DueYouth> due(CurrentUser leader) {
		var team = leader.requireTeamId();
		var rule = rules.confirmed(leader.municipalityId()).get(RuleKind.YOUTH_RECORD);
		var rows = jdbc.sql("""
				select y.id, y.name, y.closed_on, h.reason, h.placed_at
				  from youth y
				  left join legal_hold h on h.youth_id = y.id and h.lifted_at is null
				 where y.team_id = :team
				   and not exists (select 1 from retention_anonymised a where a.youth_id = y.id)
				   and (h.id is not null
				        or (y.status = 'CLOSED' and y.closed_on < retention_cutoff(:m, 'YOUTH_RECORD') + :window))
				 order by y.closed_on nulls last, y.name""")
			.param("team", team)
			.param("m", leader.municipalityId())
			.param("window", Retention.DUE_WINDOW_DAYS)
			.query((rs, n) -> {
				var closed = rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate();
				var placed = rs.getTimestamp("placed_at");
				return new DueYouth(rs.getObject("id", UUID.class), rs.getString("name"), closed,
						closed == null || rule == null ? null : closed.plusMonths(rule.months()).plusDays(1),
						rs.getString("reason"), placed == null ? null : placed.toInstant());
			})
			.list();
		accessLog.listed(leader, Retention.SUBJECT_DUE, rows.stream().map(DueYouth::id).toList());
		return rows;
	}

	/**
	 * Places a legal hold on a youth of the leader's team; written to the access log with
	 * its reason.
	 */
	void hold(CurrentUser leader, UUID youthId, String reason) {
		var team = leader.requireTeamId();
		requireInTeam(team, youthId);
		boolean alreadyHeld = jdbc.sql("select count(*) from legal_hold where youth_id = ? and lifted_at is null")
			.param(youthId)
			.query(Long.class)
			.single() > 0;
		if (alreadyHeld) {
			throw new IllegalStateException("Already on hold");
		}
		jdbc.sql("""
				insert into legal_hold (id, team_id, youth_id, reason, placed_by, placed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), team, youthId, reason.strip(), leader.accountId(),
					Timestamp.from(clock.instant()))
			.update();
		accessLog.changed(leader, youthId, Retention.SUBJECT_HOLD, reason.strip(), null);
	}

	/** Lifts the youth's hold, with a reason; written to the access log. */
	void lift(CurrentUser leader, UUID youthId, String reason) {
		var team = leader.requireTeamId();
		requireInTeam(team, youthId);
		int lifted = jdbc.sql("""
				update legal_hold set lifted_at = ?, lifted_by = ?, lift_reason = ?
				 where youth_id = ? and team_id = ? and lifted_at is null""")
			.params(Timestamp.from(clock.instant()), leader.accountId(), reason.strip(), youthId, team)
			.update();
		if (lifted == 0) {
			throw new NotFoundException("Legal hold");
		}
		accessLog.changed(leader, youthId, Retention.SUBJECT_HOLD_LIFTED, reason.strip(), null);
	}

	private void requireInTeam(UUID team, UUID youthId) {
		boolean inTeam = jdbc.sql("select count(*) from youth where id = ? and team_id = ?")
			.params(youthId, team)
			.query(Long.class)
			.single() > 0;
		if (!inTeam) {
			throw new NotFoundException("Youth");
		}
	}

}
