package no.feltlogg.sltplan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.team.Teams;

/**
 * The SLT coordinator's action plan: SLT areas and measures of her own municipality. Only
 * the SLT role reads or keeps it; everything is scoped to the coordinator's municipality,
 * so another municipality's plan is never found.
 */
@Service
@PreAuthorize("hasRole('SLT')")
public class SltPlan {

	private final JdbcClient jdbc;

	private final Teams teams;

	private final Catalog catalog;

	private final Clock clock;

	SltPlan(JdbcClient jdbc, Teams teams, Catalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** A measure as typed, checked. */
	public record MeasureData(String name, String targetGroup, String responsibleUnit, LocalDate startsOn,
			@Nullable LocalDate endsOn, MeasureStatus status, Collection<UUID> areaIds) {
	}

	@Transactional(readOnly = true)
	public List<SltArea> areas(CurrentUser slt) {
		var members = new HashMap<UUID, List<String>>();
		jdbc.sql("""
				select m.slt_area_id, m.area_name from slt_area_member m join slt_area a on a.id = m.slt_area_id
				 where a.municipality_id = ? order by m.area_name""")
			.param(slt.municipalityId())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("select id, name from slt_area where municipality_id = ? order by name")
			.param(slt.municipalityId())
			.query((rs, n) -> {
				var id = rs.getObject("id", UUID.class);
				return new SltArea(id, rs.getString("name"), List.copyOf(members.getOrDefault(id, List.of())));
			})
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<SltArea> area(CurrentUser slt, UUID id) {
		return areas(slt).stream().filter(a -> a.id().equals(id)).findFirst();
	}

	/**
	 * The municipality's measures, by start date; or only those working in one SLT area.
	 */
	@Transactional(readOnly = true)
	public List<Measure> measures(CurrentUser slt, @Nullable UUID inArea) {
		var areas = new HashMap<UUID, List<UUID>>();
		jdbc.sql("""
				select ma.measure_id, ma.slt_area_id from slt_measure_area ma join slt_measure m on m.id = ma.measure_id
				 where m.municipality_id = ?""")
			.param(slt.municipalityId())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.forEach(e -> areas.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("select * from slt_measure where municipality_id = ? order by starts_on, name")
			.param(slt.municipalityId())
			.query((rs, n) -> {
				var id = rs.getObject("id", UUID.class);
				var ends = rs.getDate("ends_on");
				return new Measure(id, rs.getString("name"), rs.getString("target_group"),
						rs.getString("responsible_unit"), rs.getDate("starts_on").toLocalDate(),
						ends == null ? null : ends.toLocalDate(), MeasureStatus.valueOf(rs.getString("status")),
						List.copyOf(areas.getOrDefault(id, List.of())));
			})
			.list()
			.stream()
			.filter(m -> inArea == null || m.areaIds().contains(inArea))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Measure> measure(CurrentUser slt, UUID id) {
		return measures(slt, null).stream().filter(m -> m.id().equals(id)).findFirst();
	}

	/**
	 * The names of the teams' areas that an SLT area may group, each with the teams that
	 * have it.
	 */
	@Transactional(readOnly = true)
	List<AreaChoice> areaChoices(CurrentUser slt) {
		var teamsOfName = new java.util.TreeMap<String, List<String>>();
		for (var team : teams.teamsOf(slt.municipalityId())) {
			catalog.all(team.id(), CodeKind.AREA)
				.forEach(a -> teamsOfName.computeIfAbsent(a.label(), l -> new ArrayList<>()).add(team.name()));
		}
		var choices = new ArrayList<AreaChoice>();
		teamsOfName.forEach((label, names) -> choices.add(new AreaChoice(label, String.join(", ", names))));
		return choices;
	}

	@Transactional(readOnly = true)
	boolean areaNameTaken(CurrentUser slt, String name, @Nullable UUID except) {
		return areas(slt).stream().anyMatch(a -> a.name().equalsIgnoreCase(name.trim()) && !a.id().equals(except));
	}

	/**
	 * Creates ({@code id} null) or changes an SLT area; only names of the municipality's
	 * own areas are kept.
	 */
	@Transactional
	public UUID saveArea(CurrentUser slt, @Nullable UUID id, String name, Collection<String> areaNames) {
		UUID areaId;
		if (id == null) {
			areaId = UUID.randomUUID();
			jdbc.sql("insert into slt_area (id, municipality_id, name, created_at) values (?, ?, ?, ?)")
				.params(areaId, slt.municipalityId(), name.trim(), Timestamp.from(clock.instant()))
				.update();
		}
		else {
			areaId = area(slt, id).orElseThrow(() -> new NotFoundException("SLT area")).id();
			jdbc.sql("update slt_area set name = ? where id = ?").params(name.trim(), areaId).update();
			jdbc.sql("delete from slt_area_member where slt_area_id = ?").param(areaId).update();
		}
		var allowed = areaChoices(slt).stream().map(AreaChoice::label).toList();
		for (var areaName : new LinkedHashSet<>(areaNames)) {
			if (allowed.contains(areaName)) {
				jdbc.sql("insert into slt_area_member (slt_area_id, area_name) values (?, ?)")
					.params(areaId, areaName)
					.update();
			}
		}
		return areaId;
	}

	@Transactional
	public void deleteArea(CurrentUser slt, UUID id) {
		var area = area(slt, id).orElseThrow(() -> new NotFoundException("SLT area"));
		jdbc.sql("delete from slt_area where id = ?").param(area.id()).update();
	}

	/**
	 * Creates ({@code id} null) or changes a measure; only the municipality's own SLT
	 * areas are kept.
	 */
	@Transactional
	public UUID saveMeasure(CurrentUser slt, @Nullable UUID id, MeasureData data) {
		var now = Timestamp.from(clock.instant());
		UUID measureId;
		if (id == null) {
			measureId = UUID.randomUUID();
			jdbc.sql("""
					insert into slt_measure (id, municipality_id, name, target_group, responsible_unit, starts_on,
					                         ends_on, status, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(measureId, slt.municipalityId(), data.name().trim(), data.targetGroup().trim(),
						data.responsibleUnit().trim(), Date.valueOf(data.startsOn()),
						data.endsOn() == null ? null : Date.valueOf(data.endsOn()), data.status().name(), now, now)
				.update();
		}
		else {
			measureId = measure(slt, id).orElseThrow(() -> new NotFoundException("Measure")).id();
			jdbc.sql("""
					update slt_measure set name = ?, target_group = ?, responsible_unit = ?, starts_on = ?, ends_on = ?,
					       status = ?, updated_at = ? where id = ?""")
				.params(data.name().trim(), data.targetGroup().trim(), data.responsibleUnit().trim(),
						Date.valueOf(data.startsOn()), data.endsOn() == null ? null : Date.valueOf(data.endsOn()),
						data.status().name(), now, measureId)
				.update();
			jdbc.sql("delete from slt_measure_area where measure_id = ?").param(measureId).update();
		}
		var allowed = areas(slt).stream().map(SltArea::id).toList();
		for (var area : new LinkedHashSet<>(data.areaIds())) {
			if (allowed.contains(area)) {
				jdbc.sql("insert into slt_measure_area (measure_id, slt_area_id) values (?, ?)")
					.params(measureId, area)
					.update();
			}
		}
		return measureId;
	}

	@Transactional
	public void deleteMeasure(CurrentUser slt, UUID id) {
		var measure = measure(slt, id).orElseThrow(() -> new NotFoundException("Measure"));
		jdbc.sql("delete from slt_measure where id = ?").param(measure.id()).update();
	}

}
