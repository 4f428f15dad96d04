package no.feltlogg.youth;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The restrictions of processing in force (table youth_processing_restriction, V70). No
 * checks here: see YouthRights.
 */
@Component
class ProcessingRestrictions {

	private final JdbcClient jdbc;

	ProcessingRestrictions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isRestricted(UUID youthId) {
		return jdbc.sql("select exists (select from youth_processing_restriction where youth_id = ?)")
			.param(youthId)
			.query(Boolean.class)
			.single();
	}

	Optional<Restriction> of(UUID youthId) {
		return jdbc.sql("""
				select reason, restricted_at, restricted_by from youth_processing_restriction where youth_id = ?""")
			.param(youthId)
			.query((rs, n) -> new Restriction(rs.getString("reason"), rs.getTimestamp("restricted_at").toInstant(),
					rs.getObject("restricted_by", UUID.class)))
			.optional();
	}

	/** Which of these youths are restricted: for lists that mark them. */
	Set<UUID> restrictedAmong(Collection<UUID> youthIds) {
		if (youthIds.isEmpty()) {
			return Set.of();
		}
		List<UUID> ids = jdbc.sql("select youth_id from youth_processing_restriction where youth_id = any(?)")
			.param(youthIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list();
		return Set.copyOf(ids);
	}

	void restrict(UUID teamId, UUID youthId, String reason, UUID by, Instant at) {
		jdbc.sql("""
				insert into youth_processing_restriction (youth_id, team_id, reason, restricted_at, restricted_by)
				values (?, ?, ?, ?, ?) on conflict (youth_id) do nothing""")
			.params(youthId, teamId, reason, java.sql.Timestamp.from(at), by)
			.update();
	}

	boolean lift(UUID youthId) {
		return jdbc.sql("delete from youth_processing_restriction where youth_id = ?").param(youthId).update() > 0;
	}

	record Restriction(String reason, Instant at, UUID by) {
	}

}
