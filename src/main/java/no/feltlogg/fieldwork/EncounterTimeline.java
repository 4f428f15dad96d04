package no.feltlogg.fieldwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.Oslo;
import no.feltlogg.youth.ExportSection;
import no.feltlogg.youth.TimelineItem;
import no.feltlogg.youth.TimelineSource;
import no.feltlogg.youth.YouthDataSource;

/**
 * Encounters that name a registered youth, on her timeline and in the export for an
 * access request.
 */
@Component
@Transactional(readOnly = true)
class EncounterTimeline implements TimelineSource, YouthDataSource {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	EncounterTimeline(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	private record Met(UUID id, java.time.Instant occurredAt, String arena, UUID placeId, UUID areaId, int total,
			List<String> themes) {
	}

	private List<Met> met(UUID teamId, UUID youthId) {
		return jdbc.sql("""
				select e.id, e.occurred_at, e.arena_code, e.place_id, e.area_id, e.total, e.themes
				from encounter e join encounter_youth y on y.encounter_id = e.id
				where e.team_id = ? and y.youth_id = ? order by e.occurred_at desc""")
			.params(teamId, youthId)
			.query((rs, i) -> new Met(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getInt(6),
					List.of((String[]) rs.getArray(7).getArray())))
			.list();
	}

	@Override
	public List<TimelineItem> timeline(UUID teamId, UUID youthId) {
		var arenas = catalog.labels(teamId, CodeKind.ARENA);
		return met(teamId, youthId).stream()
			.map(m -> new TimelineItem(Oslo.date(m.occurredAt()), m.occurredAt(), "fieldwork.timeline.kind",
					"fieldwork.timeline.title", List.of(where(teamId, m, arenas)), null, null,
					"/fieldwork/encounters/" + m.id()))
			.toList();
	}

	@Override
	public ExportSection export(UUID teamId, UUID youthId) {
		var arenas = catalog.labels(teamId, CodeKind.ARENA);
		var records = new ArrayList<Map<String, Object>>();
		for (var m : met(teamId, youthId)) {
			var record = new LinkedHashMap<String, Object>();
			record.put("date", Oslo.local(m.occurredAt()).toLocalDate());
			record.put("place", where(teamId, m, arenas));
			record.put("themes", m.themes());
			records.add(record);
		}
		return new ExportSection("encounters", records);
	}

	private String where(UUID teamId, Met m, Map<String, String> arenas) {
		var id = m.placeId() != null ? m.placeId() : m.areaId();
		var place = id == null ? "" : catalog.find(teamId, id).map(CodeItem::label).orElse("");
		var arena = arenas.getOrDefault(m.arena(), m.arena());
		return place.isEmpty() ? arena : arena + ", " + place;
	}

}
