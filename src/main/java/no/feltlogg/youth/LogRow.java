package no.feltlogg.youth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.audit.Access;
import no.feltlogg.audit.AccessLogEntry;
import no.feltlogg.shared.Role;

/**
 * One line of an access log as the leader reads it: one row of the log, or repeated views
 * of the same thing by the same person close together ({@code views} of them, from
 * {@code firstAt} to {@code at}). {@code youthId} is the youth the row is about; a list
 * view names none and says how many youths it {@code shown}.
 */
record LogRow(Instant firstAt, Instant at, int views, UUID accountId, String username, Role role,
		@Nullable UUID youthId, List<UUID> shown, Access action, String subject, @Nullable String detail,
		@Nullable String reason, boolean allowed) {

	LogRow {
		shown = List.copyOf(shown);
	}

	static LogRow of(AccessLogEntry entry, List<UUID> shown) {
		return new LogRow(entry.at(), entry.at(), 1, entry.accountId(), entry.username(), entry.role(), entry.youthId(),
				shown, entry.action(), entry.subject(), entry.detail(), entry.reason(), entry.allowed());
	}

	/** Whether this line stands for more than one view. */
	public boolean isGroup() {
		return views > 1;
	}

	/** This row with one more view of the same thing, made at {@code earlier}. */
	LogRow withEarlierView(Instant earlier) {
		return new LogRow(earlier.isBefore(firstAt) ? earlier : firstAt, at, views + 1, accountId, username, role,
				youthId, shown, action, subject, detail, reason, allowed);
	}

	/**
	 * Whether another row is a view of the same thing by the same person, with the same
	 * outcome.
	 */
	boolean sameViewAs(LogRow other) {
		return action == Access.READ && other.action == Access.READ && accountId.equals(other.accountId)
				&& java.util.Objects.equals(youthId, other.youthId) && shown.equals(other.shown)
				&& subject.equals(other.subject) && java.util.Objects.equals(detail, other.detail)
				&& java.util.Objects.equals(reason, other.reason) && allowed == other.allowed;
	}

}
