package no.feltlogg.youth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.audit.AccessLogQuery;
import no.feltlogg.shared.FormYear;
import no.feltlogg.shared.Oslo;

/**
 * The filters of an access-log page: whose rows (a staff member), the days from and to
 * (Oslo), allowed or refused, and whether repeated views are shown as one line.
 */
record LogFilter(@Nullable UUID person, @Nullable @FormYear LocalDate from, @Nullable @FormYear LocalDate to,
		@Nullable LogOutcome outcome, @Nullable Boolean grouped) {

	/** How far back the team's log goes when no day is chosen. */
	static final int DEFAULT_DAYS = 30;

	/**
	 * The team's log as it opens: the last 30 days, everyone, allowed and refused,
	 * repeated views grouped.
	 */
	static LogFilter teamDefaults(LocalDate today) {
		return new LogFilter(null, today.minusDays(DEFAULT_DAYS), today, null, true);
	}

	/**
	 * The team's log with what was not chosen filled in: the last 30 days up to today,
	 * grouped.
	 */
	LogFilter forTeam(LocalDate today) {
		var until = to == null ? today : to;
		return new LogFilter(person, from == null ? until.minusDays(DEFAULT_DAYS) : from, until, outcome,
				grouped == null || grouped);
	}

	boolean isGrouped() {
		return Boolean.TRUE.equals(grouped);
	}

	/**
	 * Whether a row passes the filter (for a youth's log, read whole and filtered here).
	 */
	boolean accepts(LogRow row) {
		var day = Oslo.date(row.at());
		return (person == null || person.equals(row.accountId())) && (from == null || !day.isBefore(from))
				&& (to == null || !day.isAfter(to)) && (outcome == null || outcome.allowed() == row.allowed());
	}

	/**
	 * The team-log query: from the first instant of {@code from} up to the end of
	 * {@code to}, in Oslo.
	 */
	AccessLogQuery query() {
		Instant start = from == null ? Instant.EPOCH : Oslo.startOf(from);
		Instant end = Oslo.startOf(to == null ? LocalDate.of(2101, 1, 1) : to.plusDays(1));
		return new AccessLogQuery(person, start, end, outcome == null ? null : outcome.allowed());
	}

	/** The result of an attempt, as the filter offers it. */
	enum LogOutcome {

		ALLOWED, REFUSED;

		boolean allowed() {
			return this == ALLOWED;
		}

	}

}
