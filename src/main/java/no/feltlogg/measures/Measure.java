package no.feltlogg.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A voluntary help measure child welfare asked the team to carry out for a registered
 * youth: decided on a day, with a plan for a period and hours a week, resting on the
 * youth's consent to a child-welfare measure, with a responsible worker and an evaluation
 * date.
 */
public record Measure(UUID id, UUID teamId, UUID youthId, String title, LocalDate decidedOn, LocalDate startsOn,
		LocalDate endsOn, BigDecimal hoursPerWeek, UUID consentId, UUID responsibleId, LocalDate evaluationOn,
		@Nullable LocalDate endedOn, UUID createdBy, Instant createdAt, long version) {

	/** How many days before the evaluation date the worker is reminded. */
	static final int REMINDER_DAYS = 14;

	public boolean isOpen() {
		return endedOn == null;
	}

	/**
	 * Whether the evaluation is due within {@value #REMINDER_DAYS} days, or overdue,
	 * while the measure runs.
	 */
	public boolean evaluationDueOn(LocalDate today) {
		return isOpen() && !evaluationOn.isAfter(today.plusDays(REMINDER_DAYS));
	}

	public boolean evaluationOverdueOn(LocalDate today) {
		return isOpen() && evaluationOn.isBefore(today);
	}

}
