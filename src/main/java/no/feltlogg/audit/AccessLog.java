package no.feltlogg.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.AfterCommit;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;

/**
 * The access log (tilgangslogg): one row for every read or change of a registered youth's
 * record, and for every refused attempt. Rows are only ever inserted; the database
 * refuses to update or delete them.
 * <p>
 * Reads, list views and refusals are written at once, each committed on its own through
 * the access log's own small pool ({@link AuditConnections}), so that they stay when the
 * surrounding work fails or is read-only (a refused attempt ends in an exception) without
 * taking a second connection from the application's pool while the request holds one (ADR
 * 0025). Changes are written in the transaction of the change, so that a change that is
 * rolled back leaves no row saying it happened.
 * <p>
 * A list or overview that shows youths' names is one row with a subject naming the list
 * and no youth, and one {@code access_log_youth} row per youth shown; {@link #forYouth}
 * finds both kinds.
 */
@Service
public class AccessLog {

	private static final int MAX_DETAIL = 300;

	private static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final JdbcClient own;

	private final Counter rows;

	AccessLog(JdbcClient jdbc, AuditConnections connections, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.own = connections.jdbc();
		this.rows = Counter.builder("feltlogg.access.log.rows")
			.description("Rows written to the access log")
			.register(meters);
	}

	/**
	 * Logs an allowed read of a youth's record, committed at once on the access log's own
	 * connection.
	 */
	public void read(CurrentUser user, UUID youthId, String subject, @Nullable String detail, @Nullable String reason) {
		insert(own, user, youthId, Access.READ, subject, detail, reason, true);
	}

	/**
	 * Logs a list or overview that shows the names of these youths: one row for the view,
	 * naming each youth shown. Nothing is written when the list is empty. Committed at
	 * once on the access log's own connection.
	 */
	public void listed(CurrentUser user, String subject, Collection<UUID> youthIds) {
		var shown = new LinkedHashSet<>(youthIds);
		if (shown.isEmpty()) {
			return;
		}
		own.sql("""
				with logged as (
				    insert into access_log (id, at, account_id, username, role, team_id, youth_id, action, subject,
				                            allowed)
				    values (?, clock_timestamp(), ?, ?, ?, ?, null, 'READ', ?, true)
				    returning id)
				insert into access_log_youth (access_log_id, youth_id)
				select logged.id, shown.youth_id from logged, unnest(string_to_array(?, ',')::uuid[]) as shown (youth_id)""")
			.params(UUID.randomUUID(), user.accountId(), user.getUsername(), user.role().name(), user.teamId(), subject,
					shown.stream().map(UUID::toString).collect(Collectors.joining(",")))
			.update();
		rows.increment();
	}

	/** Logs a change of a youth's record, in the transaction that makes the change. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(CurrentUser user, UUID youthId, String subject, @Nullable String detail,
			@Nullable String reason) {
		insert(jdbc, user, youthId, Access.CHANGE, subject, detail, reason, true);
	}

	/**
	 * Logs a refused attempt. The youth may be unknown (an id that does not exist); the
	 * row is written even though the caller goes on to throw: it is committed at once on
	 * the access log's own connection.
	 */
	public void refused(CurrentUser user, @Nullable UUID youthId, Access action, String subject,
			@Nullable String detail) {
		insert(own, user, youthId, action, subject, detail, null, false);
	}

	/**
	 * The reason this account gave for opening a restricted record since the given
	 * instant, if it gave one. A reason once given opens the record to its giver for a
	 * while (one shift) without asking again; every read is still logged with that
	 * reason.
	 */
	@Transactional(readOnly = true)
	public Optional<String> reasonGivenSince(UUID accountId, UUID youthId, Instant since) {
		return jdbc.sql("""
				select reason from access_log
				 where account_id = ? and youth_id = ? and reason is not null and allowed and at >= ?
				 order by at desc limit 1""")
			.params(accountId, youthId, java.sql.Timestamp.from(since))
			.query(String.class)
			.optional();
	}

	/**
	 * Every row about one youth, newest first, the list views that showed her included:
	 * for the team leader, and for the youth's access request.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public List<AccessLogEntry> forYouth(UUID youthId) {
		return jdbc.sql("""
				select * from access_log where youth_id = ?
				union all
				select log.* from access_log log join access_log_youth shown on shown.access_log_id = log.id
				 where shown.youth_id = ?
				 order by at desc, id""").params(youthId, youthId).query(AccessLog::entry).list();
	}

	/**
	 * Reasons given by the team's staff for opening restricted records since an instant,
	 * newest first.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public List<AccessLogEntry> reasonsGiven(UUID teamId, Instant since) {
		return jdbc.sql("""
				select * from access_log
				 where team_id = ? and reason is not null and at >= ?
				 order by at desc, id limit 500""")
			.params(teamId, java.sql.Timestamp.from(since))
			.query(AccessLog::entry)
			.list();
	}

	/**
	 * The rows written by a team's staff that the query asks for, newest first, each list
	 * view with the youths it showed; at most {@code limit} rows. For the team leader's
	 * log of the whole team.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public List<TeamLogEntry> forTeam(UUID teamId, AccessLogQuery query, int limit) {
		return jdbc.sql("""
				select log.*,
				       (select coalesce(string_agg(shown.youth_id::text, ','), '') from access_log_youth shown
				         where shown.access_log_id = log.id) as shown
				  from access_log log
				 where log.team_id = :team and log.at >= :from and log.at < :until
				   and (cast(:account as uuid) is null or log.account_id = :account)
				   and (cast(:allowed as boolean) is null or log.allowed = :allowed)
				 order by log.at desc, log.id
				 limit :limit""")
			.param("team", teamId)
			.param("from", java.sql.Timestamp.from(query.from()))
			.param("until", java.sql.Timestamp.from(query.until()))
			.param("account", query.accountId(), java.sql.Types.OTHER)
			.param("allowed", query.allowed(), java.sql.Types.BOOLEAN)
			.param("limit", limit)
			.query((rs, row) -> new TeamLogEntry(entry(rs, row), shown(rs.getString("shown"))))
			.list();
	}

	private static List<UUID> shown(@Nullable String ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return java.util.Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
	}

	private void insert(JdbcClient jdbc, CurrentUser user, @Nullable UUID youthId, Access action, String subject,
			@Nullable String detail, @Nullable String reason, boolean allowed) {
		jdbc.sql("""
				insert into access_log (id, at, account_id, username, role, team_id, youth_id, action, subject, detail,
				                        reason, allowed)
				values (?, clock_timestamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), user.accountId(), user.getUsername(), user.role().name(), user.teamId(), youthId,
					action.name(), subject, cut(detail, MAX_DETAIL), cut(reason, MAX_REASON), allowed)
			.update();
		if (jdbc == own) {
			rows.increment(); // committed already, on the access log's own connection
		}
		else {
			AfterCommit.run(rows::increment);
		}
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var trimmed = text.trim();
		return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
	}

	private static AccessLogEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AccessLogEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
				rs.getObject("account_id", UUID.class), rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getObject("team_id", UUID.class), rs.getObject("youth_id", UUID.class),
				Access.valueOf(rs.getString("action")), rs.getString("subject"), rs.getString("detail"),
				rs.getString("reason"), rs.getBoolean("allowed"));
	}

}
