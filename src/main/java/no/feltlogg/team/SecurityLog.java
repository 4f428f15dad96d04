package no.feltlogg.team;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;

/**
 * The security log: sign-ins, failures, lockouts, refusals, exports of personal data,
 * need-to-know openings and every administrator action. Rows are only ever inserted (the
 * database refuses updates and deletes) and are sealed into a hash chain per team by the
 * audit module.
 * <p>
 * A row is written in the caller's transaction when there is one, so that a change rolled
 * back leaves no row saying it happened, and no second database connection is taken while
 * a request holds one.
 */
@Service
public class SecurityLog {

	private static final int MAX_DETAIL = 300;

	private static final int MAX_VALUE = 500;

	/**
	 * How far back the leader's home page looks for new accounts and role changes in her
	 * team.
	 */
	static final Duration RECENT = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A refused request (403) by a signed-in user. */
	@Transactional
	public void refused(CurrentUser user, String method, String path, @Nullable String address) {
		insert(Row.by(SecurityEvent.ACCESS_DENIED, user).detail(method + " " + path).address(address));
	}

	/**
	 * An export of a youth's personal data (the access-request export, the journal within
	 * it).
	 */
	@Transactional
	public void exported(CurrentUser user, UUID youthId, String what) {
		insert(Row.by(SecurityEvent.EXPORT, user).target(youthId, null).detail(what));
	}

	/**
	 * An export of figures that name no youth (the SLT trends as a file): what was
	 * exported, for which months.
	 */
	@Transactional
	public void exportedFigures(CurrentUser user, String what) {
		insert(Row.by(SecurityEvent.EXPORT, user).detail(what));
	}

	/**
	 * A restricted record opened on need-to-know grounds (the reason itself is in the
	 * access log).
	 */
	@Transactional
	public void needToKnow(CurrentUser user, UUID youthId) {
		insert(Row.by(SecurityEvent.NEED_TO_KNOW, user).target(youthId, null));
	}

	/**
	 * The whole municipality's log, newest first, for its administrators (with failed
	 * sign-ins of unknown names).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<SecurityLogEntry> forMunicipality(CurrentUser admin) {
		return jdbc.sql("""
				select * from security_log
				 where municipality_id = ? or municipality_id is null
				 order by at desc, id limit 500""").param(admin.municipalityId()).query(SecurityLog::entry).list();
	}

	/** The log of the leader's own team, newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public List<SecurityLogEntry> forTeam(CurrentUser leader) {
		return jdbc.sql("""
				select * from security_log where team_id = :team or former_team_id = :team
				 order by at desc, id limit 500""")
			.param("team", leader.requireTeamId())
			.query(SecurityLog::entry)
			.list();
	}

	/**
	 * New accounts and changed roles or teams in the leader's team over the last month,
	 * for her home page.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('LEADER')")
	public List<SecurityLogEntry> recentAccountChanges(CurrentUser leader) {
		return jdbc.sql("""
				select * from security_log
				 where (team_id = :team or former_team_id = :team)
				   and event in ('ACCOUNT_CREATED', 'ACCOUNT_CHANGED', 'ACCOUNT_ENABLED', 'PASSWORD_LINK_CREATED')
				   and at >= :since
				 order by at desc, id limit 20""")
			.param("team", leader.requireTeamId())
			.param("since", java.sql.Timestamp.from(clock.instant().minus(RECENT)))
			.query(SecurityLog::entry)
			.list();
	}

	void insert(Row row) {
		jdbc.sql("""
				insert into security_log (id, at, event, actor_id, actor_username, actor_role, municipality_id, team_id,
				                          former_team_id, target_id, target_name, detail, before_value, after_value,
				                          address)
				values (?, clock_timestamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), row.event.name(), row.actorId, cut(row.actorUsername, 60), row.actorRole,
					row.municipalityId, row.teamId, row.formerTeamId, row.targetId, cut(row.targetName, 120),
					cut(row.detail, MAX_DETAIL), cut(row.before, MAX_VALUE), cut(row.after, MAX_VALUE),
					cut(row.address, 64))
			.update();
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var trimmed = text.strip();
		return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
	}

	private static SecurityLogEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SecurityLogEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
				SecurityEvent.valueOf(rs.getString("event")), rs.getString("actor_username"),
				rs.getString("actor_role"), rs.getObject("team_id", UUID.class),
				rs.getObject("former_team_id", UUID.class), rs.getObject("target_id", UUID.class),
				rs.getString("target_name"), rs.getString("detail"), rs.getString("before_value"),
				rs.getString("after_value"), rs.getString("address"));
	}

	/** A row to write, built up by the team module's callers. */
	static final class Row {

		final SecurityEvent event;

		@Nullable UUID actorId;

		@Nullable String actorUsername;

		@Nullable String actorRole;

		@Nullable UUID municipalityId;

		@Nullable UUID teamId;

		@Nullable UUID formerTeamId;

		@Nullable UUID targetId;

		@Nullable String targetName;

		@Nullable String detail;

		@Nullable String before;

		@Nullable String after;

		@Nullable String address;

		private Row(SecurityEvent event) {
			this.event = event;
		}

		/**
		 * A row about something a signed-in user did; it concerns her team (none for SLT
		 * and administrators).
		 */
		static Row by(SecurityEvent event, CurrentUser user) {
			var row = new Row(event);
			row.actorId = user.accountId();
			row.actorUsername = user.getUsername();
			row.actorRole = user.role().name();
			row.municipalityId = user.municipalityId();
			row.teamId = user.teamId();
			return row;
		}

		/**
		 * A row about an account, by someone not signed in (a sign-in attempt, a password
		 * set by link).
		 */
		static Row about(SecurityEvent event, Account account) {
			var row = new Row(event);
			row.actorId = account.getId();
			row.actorUsername = account.getUsername();
			row.actorRole = account.getRole().name();
			row.municipalityId = account.getMunicipalityId();
			row.teamId = account.getTeamId();
			return row;
		}

		/** A failed sign-in with a name that matches no account. */
		static Row unknown(SecurityEvent event, String typedUsername) {
			var row = new Row(event);
			row.actorUsername = typedUsername;
			return row;
		}

		Row target(UUID id, @Nullable String name) {
			this.targetId = id;
			this.targetName = name;
			return this;
		}

		/**
		 * The team the row concerns: an account's team after an administrator's change,
		 * and before it.
		 */
		Row teams(@Nullable UUID team, @Nullable UUID formerTeam) {
			this.teamId = team;
			this.formerTeamId = formerTeam == null || formerTeam.equals(team) ? null : formerTeam;
			return this;
		}

		Row detail(@Nullable String detail) {
			this.detail = detail;
			return this;
		}

		Row change(@Nullable String before, @Nullable String after) {
			this.before = before;
			this.after = after;
			return this;
		}

		Row address(@Nullable String address) {
			this.address = address;
			return this;
		}

	}

}
