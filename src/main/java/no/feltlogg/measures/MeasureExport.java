package no.feltlogg.measures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.ExportSection;
import no.feltlogg.youth.YouthDataSource;

/**
 * The youth's help measures for the export at an access request: the plan, the consent,
 * every follow-up.
 */
@Component
class MeasureExport implements YouthDataSource {

	private final MeasureStore store;

	private final Teams teams;

	MeasureExport(MeasureStore store, Teams teams) {
		this.store = store;
		this.teams = teams;
	}

	@Override
	public ExportSection export(UUID teamId, UUID youthId) {
		var names = teams.staffNames(teamId);
		return new ExportSection("measures",
				store.ofYouth(teamId, youthId).stream().map(m -> record(m, names)).toList());
	}

	private Map<String, Object> record(Measure measure, Map<UUID, String> names) {
		var goals = store.goals(measure.id());
		var map = new LinkedHashMap<String, Object>();
		map.put("id", measure.id().toString());
		map.put("measure", measure.title());
		map.put("decidedOn", measure.decidedOn().toString());
		map.put("startsOn", measure.startsOn().toString());
		map.put("endsOn", measure.endsOn().toString());
		map.put("hoursPerWeek", Hours.format(measure.hoursPerWeek()));
		map.put("goals", goals.stream().map(Goal::text).toList());
		map.put("consentId", measure.consentId().toString());
		map.put("responsible", names.getOrDefault(measure.responsibleId(), measure.responsibleId().toString()));
		map.put("evaluationOn", measure.evaluationOn().toString());
		if (measure.endedOn() != null) {
			map.put("endedOn", measure.endedOn().toString());
		}
		map.put("followUps", store.followUps(measure.id())
			.stream()
			.map(f -> DateFormats.DATE.format(f.doneOn()) + " "
					+ goals.stream().filter(g -> g.id().equals(f.goalId())).map(Goal::text).findFirst().orElse("")
					+ " (" + Hours.format(f.hours()) + " t, "
					+ names.getOrDefault(f.recordedBy(), f.recordedBy().toString()) + "): " + f.note())
			.toList());
		map.put("createdBy", names.getOrDefault(measure.createdBy(), measure.createdBy().toString()));
		map.put("createdAt", measure.createdAt().toString());
		return map;
	}

}
