package no.feltlogg.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measure as it is recorded, its form already checked. */
public record NewMeasure(UUID youthId, String title, LocalDate decidedOn, LocalDate startsOn, LocalDate endsOn,
		BigDecimal hoursPerWeek, List<String> goals, UUID consentId, UUID responsibleId, LocalDate evaluationOn) {

	public NewMeasure {
		goals = List.copyOf(goals);
	}

}
