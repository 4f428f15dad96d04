package no.feltlogg.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The measure form's checks that need no database: a day within its bounds, and the
 * plan's goals.
 */
class MeasureChecksTest {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	static final LocalDate TO = LocalDate.of(2026, 12, 31);

	@Test
	void aDayWithinItsBoundsIsKeptAndOneOutsideIsRefusedAtItsField() {
		var result = result();
		assertThat(MeasureChecks.within(result, "startsOn", FROM, FROM, TO, "measures.startsOn.invalid"))
			.isEqualTo(FROM);
		assertThat(MeasureChecks.within(result, "endsOn", TO, FROM, TO, "measures.endsOn.invalid")).isEqualTo(TO);
		assertThat(result.hasErrors()).isFalse();

		assertThat(MeasureChecks.within(result, "endsOn", TO.plusDays(1), FROM, TO, "measures.endsOn.invalid"))
			.isNull();
		assertThat(result.getFieldError("endsOn").getCode()).isEqualTo("measures.endsOn.invalid");
		assertThat(MeasureChecks.within(result, "decidedOn", null, FROM, TO, "measures.decidedOn.invalid")).isNull();
		assertThat(result.getFieldError("decidedOn").getCode()).isEqualTo("measures.decidedOn.invalid");
	}

	@Test
	void aFieldAlreadyRefusedKeepsItsOwnErrorAlone() {
		var result = result();
		result.rejectValue("startsOn", "typeMismatch");
		assertThat(MeasureChecks.within(result, "startsOn", FROM, FROM, TO, "measures.startsOn.invalid")).isNull();
		assertThat(result.getFieldErrors("startsOn")).hasSize(1);
		assertThat(result.getFieldError("startsOn").getCode()).isEqualTo("typeMismatch");
	}

	@Test
	void aPlanNeedsOneToTenGoalsOfAReasonableLength() {
		var none = result();
		MeasureChecks.goals(none, List.of());
		assertThat(none.getFieldError("goals").getCode()).isEqualTo("measures.goals.missing");

		var eleven = result();
		MeasureChecks.goals(eleven, java.util.Collections.nCopies(MeasureForm.MAX_GOALS + 1, "Mål"));
		assertThat(eleven.getFieldError("goals").getCode()).isEqualTo("measures.goals.tooMany");

		var long_ = result();
		MeasureChecks.goals(long_, List.of("x".repeat(MeasureForm.MAX_GOAL_LENGTH + 1)));
		assertThat(long_.getFieldError("goals").getCode()).isEqualTo("measures.goals.tooMany");

		var fine = result();
		MeasureChecks.goals(fine, List.of("Møte opp på skolen", "Egen økonomi"));
		assertThat(fine.hasErrors()).isFalse();
	}

	private static BindingResult result() {
		var form = MeasureForm.empty(FROM, java.util.UUID.randomUUID());
		return new BeanPropertyBindingResult(form, "form");
	}

}
