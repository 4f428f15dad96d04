package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The youth forms' own checks, without a database or a web request: each answers at the
 * field the user sees.
 */
class YouthFormChecksTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void aDateMustBeGivenAndNotLieAfterToday() {
		var result = result(new DateForm(null));
		assertThat(YouthFormChecks.pastOrToday(null, "date", TODAY, result)).isNull();
		assertThat(code(result, "date")).isEqualTo("youth.date.invalid");

		result = result(new DateForm(TODAY.plusDays(1)));
		assertThat(YouthFormChecks.pastOrToday(TODAY.plusDays(1), "date", TODAY, result)).isNull();
		assertThat(code(result, "date")).isEqualTo("youth.date.invalid");

		result = result(new DateForm(TODAY));
		assertThat(YouthFormChecks.pastOrToday(TODAY, "date", TODAY, result)).isEqualTo(TODAY);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aDateThatCouldNotBeReadKeepsItsOwnMessageAlone() {
		var result = result(new DateForm(null));
		result.rejectValue("date", "typeMismatch");
		assertThat(YouthFormChecks.pastOrToday(null, "date", TODAY, result)).isNull();
		assertThat(result.getFieldErrors("date")).hasSize(1);
	}

	@Test
	void aBirthIsADateOrAYearAlone() {
		var form = new DetailsForm("Ada", "2010", null, null, null, null, null, null, null);
		var result = result(form);
		assertThat(YouthFormChecks.birth("2010", TODAY, result)).isEqualTo(Birth.year(2010));
		assertThat(YouthFormChecks.birth("14.2.2010", TODAY, result)).isEqualTo(Birth.of(LocalDate.of(2010, 2, 14)));
		assertThat(result.hasErrors()).isFalse();
		assertThat(YouthFormChecks.birth("i fjor", TODAY, result)).isNull();
		assertThat(code(result, "birth")).isEqualTo("youth.birth.invalid");
	}

	@Test
	void registeringByNameNeedsTheYouthsOwnConsent() {
		var result = result(RegistrationForm.empty(java.util.UUID.randomUUID(), TODAY));
		YouthFormChecks.registrationConsent(false, ConsentGiver.GUARDIAN, result);
		assertThat(code(result, "consentGiven")).isEqualTo("youth.consent.required");
		assertThat(code(result, "consentGivenBy")).isEqualTo("youth.consent.youthsOwnRequired");

		result = result(RegistrationForm.empty(java.util.UUID.randomUUID(), TODAY));
		YouthFormChecks.registrationConsent(true, ConsentGiver.YOUTH, result);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aConsentExpiresAfterItIsGivenAndASharingNamesItsService() {
		var result = result(ConsentForm.empty(TODAY));
		YouthFormChecks.expiresAfterGiven(TODAY, TODAY.minusDays(1), result);
		YouthFormChecks.sharingNamesService(ConsentScope.SHARING, null, result);
		assertThat(code(result, "expiresOn")).isEqualTo("youth.consent.expiresOn.invalid");
		assertThat(code(result, "serviceName")).isEqualTo("youth.consent.service.required");

		result = result(ConsentForm.empty(TODAY));
		YouthFormChecks.expiresAfterGiven(TODAY, TODAY, result);
		YouthFormChecks.sharingNamesService(ConsentScope.SHARING, "Helsestasjon for ungdom", result);
		YouthFormChecks.sharingNamesService(ConsentScope.GUARDIAN_CONTACT, null, result);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aWithdrawalIsNotBeforeTheConsentNorAPriorityTheSameAsBefore() {
		var result = result(new DateForm(TODAY));
		YouthFormChecks.withdrawnAfterGiven(TODAY.minusDays(3), TODAY.minusDays(2), result);
		assertThat(code(result, "date")).isEqualTo("youth.consent.withdrawBeforeGiven");

		result = result(new PriorityForm(PriorityLevel.RED, TODAY, "Grunn", 0L));
		YouthFormChecks.levelChanges(PriorityLevel.RED, PriorityLevel.RED, result);
		assertThat(code(result, "level")).isEqualTo("youth.priority.same");
		result = result(new PriorityForm(PriorityLevel.RED, TODAY, "Grunn", 0L));
		YouthFormChecks.levelChanges(PriorityLevel.RED, null, result);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aCriterionIsNotNotedTwiceAndAConcernEndsNoEarlierThanNoted() {
		var result = result(new ConcernForm(ConcernCriterion.THREATS, TODAY, null));
		YouthFormChecks.notNotedYet(ConcernCriterion.THREATS, List.of(), result);
		assertThat(result.hasErrors()).isFalse();
		assertThat(YouthFormChecks.concernEndsOn(TODAY.plusDays(1), TODAY)).isEqualTo(TODAY.plusDays(1));
		assertThat(YouthFormChecks.concernEndsOn(TODAY.minusDays(4), TODAY)).isEqualTo(TODAY);
	}

	private static BindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static String code(BindingResult result, String field) {
		var error = result.getFieldError(field);
		assertThat(error).as(field).isNotNull();
		return error.getCode();
	}

}
