package no.feltlogg.statistics;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's foreword ({@value #FOREWORD}) and section comments of a team's report for
 * a period.
 */
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

	@Transactional(readOnly = true)
	Map<String, Long> versions(UUID team, String periodKey) {
		var versions = new HashMap<String, Long>();
		jdbc.sql("select section, version from report_comment where team_id = ? and period_key = ?")
			.params(team, periodKey)
			.query(rs -> {
				versions.put(rs.getString(1), rs.getLong(2));
			});
		return versions;
	}

	/**
	 * Saves a comment written from a form opened at {@code version} of it ({@code null}:
	 * there was none); an empty text removes it. When the comment is not at that version
	 * any more (someone else saved or removed it), nothing changes and an optimistic-lock
	 * conflict is thrown.
	 */
	@Transactional
	void save(UUID team, String periodKey, String section, String text, @Nullable Long version, UUID by) {
		var now = java.sql.Timestamp.from(clock.instant());
		int changed;
		if (version == null) {
			changed = text.isBlank() ? (versions(team, periodKey).containsKey(section) ? 0 : 1) : jdbc.sql("""
					insert into report_comment (team_id, period_key, section, text, updated_by, updated_at, version)
					values (?, ?, ?, ?, ?, ?, 0)
					on conflict (team_id, period_key, section) do nothing""")
				.params(team, periodKey, section, text.trim(), by, now)
				.update();
		}
		else if (text.isBlank()) {
			changed = jdbc
				.sql("delete from report_comment where team_id = ? and period_key = ? and section = ? "
						+ "and version = ?")
				.params(team, periodKey, section, version)
				.update();
		}
		else {
			changed = jdbc.sql("""
					update report_comment set text = ?, updated_by = ?, updated_at = ?, version = version + 1
					where team_id = ? and period_key = ? and section = ? and version = ?""")
				.params(text.trim(), by, now, team, periodKey, section, version)
				.update();
		}
		if (changed == 0) {
			throw new OptimisticLockingFailureException("The comment " + section + " was changed by someone else");
		}
	}

}
