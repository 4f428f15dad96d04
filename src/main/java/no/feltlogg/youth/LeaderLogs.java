package no.feltlogg.youth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.audit.AccessLogEntry;
import no.feltlogg.audit.AccessLogQuery;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.Teams;

/**
 * The access log as the team leader reads it: one youth's log (for her access request
 * too), the whole team's log with filters, and the reasons given to open restricted
 * records. Reading a youth's log is a read of her record; the team's log is a list of
 * names, logged as one row naming the youths it shows (ADR 0025).
 */
@Service
@Transactional
@PreAuthorize("hasRole('LEADER')")
public class LeaderLogs {

	/**
	 * The most rows the team's log shows (and exports) at once; a narrower filter shows
	 * the rest.
	 */
	static final int MAX_ROWS = 2000;

	private final YouthAccess access;

	private final AccessLog accessLog;

	private final YouthRepository youths;

	private final Teams teams;

	private final Clock clock;

	LeaderLogs(YouthAccess access, AccessLog accessLog, YouthRepository youths, Teams teams, Clock clock) {
		this.access = access;
		this.accessLog = accessLog;
		this.youths = youths;
		this.teams = teams;
		this.clock = clock;
	}

	/** The access log of one youth, for the leader; reading it is logged too. */
	public AccessLogPage youthLog(CurrentUser user, UUID youthId) {
		var youth = access.open(user, youthId, Access.READ, Subjects.ACCESS_LOG.code(), null);
		var rows = accessLog.forYouth(youthId).stream().map(e -> LogRow.of(e, List.of())).toList();
		return new AccessLogPage(youth.summary(), rows, teams.staffNames(youth.getTeamId()));
	}

	/**
	 * The rows of the team's log that the query asks for, newest first, with the names of
	 * the staff and youths they are about. Not logged here: the caller logs the view once
	 * it knows which names it shows.
	 */
	@Transactional(readOnly = true)
	public TeamLog teamLog(CurrentUser user, AccessLogQuery query) {
		var teamId = user.requireTeamId();
		var entries = accessLog.forTeam(teamId, query, MAX_ROWS + 1);
		var rows = entries.stream().limit(MAX_ROWS).map(e -> LogRow.of(e.entry(), e.shown())).toList();
		var names = new HashMap<UUID, String>();
		youths.findAllById(rows.stream().map(LogRow::youthId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.filter(y -> y.getTeamId().equals(teamId))
			.forEach(y -> names.put(y.getId(), y.getName()));
		return new TeamLog(rows, entries.size() > MAX_ROWS, teams.staffNames(teamId), names);
	}

	/**
	 * The reasons the team's staff gave to open restricted records in the last 90 days.
	 */
	@Transactional(readOnly = true)
	public List<ReasonRow> reasonsGiven(CurrentUser user) {
		var entries = accessLog.reasonsGiven(user.requireTeamId(), Instant.now(clock).minus(Duration.ofDays(90)));
		var names = new HashMap<UUID, String>();
		youths.findAllById(entries.stream().map(AccessLogEntry::youthId).filter(Objects::nonNull).distinct().toList())
			.forEach(y -> names.put(y.getId(), y.getName()));
		return entries.stream()
			.map(e -> new ReasonRow(e, e.youthId() == null ? "" : names.getOrDefault(e.youthId(), "")))
			.toList();
	}

	/**
	 * One youth's log: the youth, every row about her, and the names of her team's staff
	 * by account.
	 */
	public record AccessLogPage(YouthSummary youth, List<LogRow> rows, Map<UUID, String> staff) {
	}

	/**
	 * A team's log: the rows (at most {@link #MAX_ROWS}, {@code more} when the filter
	 * found more), the names of the team's staff and of the youths the rows are about.
	 */
	public record TeamLog(List<LogRow> rows, boolean more, Map<UUID, String> staff, Map<UUID, String> youths) {

		/** The youths named by the rows shown: the ones a view of this log lists. */
		List<UUID> named(List<LogRow> shown) {
			return shown.stream()
				.map(LogRow::youthId)
				.filter(Objects::nonNull)
				.filter(youths::containsKey)
				.distinct()
				.toList();
		}

		public @Nullable String youthName(@Nullable UUID id) {
			return id == null ? null : youths.get(id);
		}

	}

	public record ReasonRow(AccessLogEntry entry, String youthName) {
	}

}
