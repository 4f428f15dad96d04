package no.feltlogg.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Field observations of a team over a span of days, newest first. */
@Component
@Transactional(readOnly = true)
class ObservationQueries {

	private final JdbcClient jdbc;

	ObservationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(UUID id, Instant observedAt, LocalDate localDate, UUID areaId, @Nullable UUID placeId,
			List<String> kinds, @Nullable Integer gatheringSize, String severity, @Nullable String note) {
	}

	List<Row> between(UUID team, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, observed_at, local_date, area_id, place_id, kinds, gathering_size, severity, note
				from field_observation where team_id = ? and local_date between ? and ?
				order by observed_at desc limit 500""")
			.params(team, from, to)
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getTimestamp("observed_at").toInstant(),
					rs.getObject("local_date", LocalDate.class), rs.getObject("area_id", UUID.class),
					rs.getObject("place_id", UUID.class), Arrays.asList((String[]) rs.getArray("kinds").getArray()),
					(Integer) rs.getObject("gathering_size"), rs.getString("severity"), rs.getString("note")))
			.list();
	}

}
