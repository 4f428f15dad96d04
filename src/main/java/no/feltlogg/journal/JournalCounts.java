package no.feltlogg.journal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.ReportingPeriod;

/**
 * Follow-up conversations for the statistics module: SQL aggregates over signed entries
 * of one or more teams, no names, no text. A conversation is a signed entry of a
 * conversation type that is not a correction; anonymous conversations count as
 * conversations but not as unique youths.
 */
@Service
@Transactional(readOnly = true)
public class JournalCounts {

	private static final String CONVERSATIONS = """
			from journal_entry
			 where team_id in (:teams) and status = 'SIGNED' and type in ('FOLLOW_UP', 'PHONE_DIGITAL')
			   and corrects_id is null and occurred_on >= :from and occurred_on < :until""";

	private final JdbcClient jdbc;

	JournalCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ConversationCounts conversations(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select count(*) as conversations, count(*) filter (where youth_id is null) as anonymous, "
					+ "count(distinct youth_id) as youths " + CONVERSATIONS)
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> new ConversationCounts(rs.getLong("conversations"), rs.getLong("anonymous"),
					rs.getLong("youths")))
			.single();
	}

	/** Conversations per month, anonymous ones also apart. */
	public List<MonthCount> conversationsByMonth(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select date_trunc('month', occurred_on)::date as month, count(*) as conversations, "
					+ "count(*) filter (where youth_id is null) as anonymous " + CONVERSATIONS
					+ " group by 1 order by 1")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> new MonthCount(YearMonth.from(rs.getDate("month").toLocalDate()),
					rs.getLong("conversations"), rs.getLong("anonymous")))
			.list();
	}

	/**
	 * Minutes of follow-up conversations per month, as their durations were entered (a
	 * conversation without a duration adds none): direct time with youths (ADR 0038).
	 */
	public java.util.Map<YearMonth, Long> conversationMinutesByMonth(Collection<UUID> teams, ReportingPeriod period) {
		var minutes = new java.util.TreeMap<YearMonth, Long>();
		jdbc.sql(
				"select date_trunc('month', occurred_on)::date as month, coalesce(sum(duration_minutes), 0) as minutes "
						+ CONVERSATIONS + " group by 1")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> minutes.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("minutes")))
			.list();
		return minutes;
	}

	/** Conversations per theme code; a conversation with two themes counts under both. */
	public List<ThemeCount> conversationsByTheme(Collection<UUID> teams, ReportingPeriod period) {
		return jdbc
			.sql("select theme, count(*) as conversations from (select unnest(themes) as theme " + CONVERSATIONS
					+ ") t group by theme order by count(*) desc, theme")
			.param("teams", teams)
			.param("from", period.from())
			.param("until", period.until())
			.query((rs, row) -> new ThemeCount(rs.getString("theme"), rs.getLong("conversations")))
			.list();
	}

	public record MonthCount(YearMonth month, long conversations, long anonymous) {
	}

	public record ThemeCount(String theme, long conversations) {
	}

}
