package no.feltlogg.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
 * The access log (tilgangslogg): one row for every read or change of a registered youth's record, and for every
 * refused attempt. Rows are only ever inserted; the database refuses to update or delete them.
 * <p>
 * Reads and refusals are written in a transaction of their own, so that they stay when the surrounding work fails or
 * is read-only (a refused attempt ends in an exception). Changes are written in the transaction of the change, so
 * that a change that is rolled back leaves no row saying it happened.
 */
@Service
public class AccessLog {

	private static final int MAX_DETAIL = 300;

	private static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final Counter rows;

	AccessLog(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.rows = Counter.builder("feltlogg.access.log.rows").description("Rows written to the access log")
			.register(meters);
	}

	/** Logs an allowed read of a youth's record. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void read(CurrentUser user, UUID youthId, String subject, @Nullable String detail, @Nullable String reason) {
		insert(user, youthId, Access.READ, subject, detail, reason, true);
	}

	/** Logs a change of a youth's record, in the transaction that makes the change. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(CurrentUser user, UUID youthId, String subject, @Nullable String detail,
			@Nullable String reason) {
		insert(user, youthId, Access.CHANGE, subject, detail, reason, true);
	}

	/**
	 * Logs a refused attempt. The youth may be unknown (an id that does not exist); the row is written even though
	 * the caller goes on to throw.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(CurrentUser user, @Nullable UUID youthId, Access action, String subject,
			@Nullable String detail) {
		insert(user, youthId, action, subject, detail, null, false);
	}

	/**
	 * The reason this account gave for opening a restricted record since the given instant, if it gave one. A reason
	 * once given opens the record to its giver for a while (one shift) without asking again; every read is still
	 * logged with that reason.
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

	/** Every row about one youth, newest first: for the team leader, and for the youth's access request. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public List<AccessLogEntry> forYouth(UUID youthId) {
		return jdbc.sql("select * from access_log where youth_id = ? order by at desc, id")
			.param(youthId)
			.query(AccessLog::entry)
			.list();
	}

	/** Reasons given by the team's staff for opening restricted records since an instant, newest first. */
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

	private void insert(CurrentUser user, @Nullable UUID youthId, Access action, String subject,
			@Nullable String detail, @Nullable String reason, boolean allowed) {
		jdbc.sql("""
				insert into access_log (id, at, account_id, username, role, team_id, youth_id, action, subject, detail,
				                        reason, allowed)
				values (?, clock_timestamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), user.accountId(), user.getUsername(), user.role().name(), user.teamId(),
					youthId, action.name(), subject, cut(detail, MAX_DETAIL), cut(reason, MAX_REASON), allowed)
			.update();
		AfterCommit.run(rows::increment);
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
