package no.feltlogg.statistics;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The leader's foreword ({@value #FOREWORD}) and section comments of a team's report for a period. */
@Component
class ReportComments {

	static final String FOREWORD = "foreword";

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportComments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Map<String, String> of(UUID team, String periodKey) {
		var comments = new HashMap<String, String>();
		jdbc.sql("select section, text from report_comment where team_id = ? and period_key = ?")
			.params(team, periodKey)
			.query(rs -> {
				comments.put(rs.getString(1), rs.getString(2));
			});
		return comments;
	}

	/** Saves a comment; an empty text removes it. */
	@Transactional
	void save(UUID team, String periodKey, String section, String text, UUID by) {
		if (text.isBlank()) {
			jdbc.sql("delete from report_comment where team_id = ? and period_key = ? and section = ?")
				.params(team, periodKey, section)
				.update();
			return;
		}
		jdbc.sql("""
				insert into report_comment (team_id, period_key, section, text, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (team_id, period_key, section)
				do update set text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(team, periodKey, section, text.trim(), by, java.sql.Timestamp.from(clock.instant()))
			.update();
	}

}
