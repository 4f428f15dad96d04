package no.feltlogg.youth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;

/**
 * The checks of the youth forms that go beyond a field's own constraints: a date not in
 * the future, a birth that is a date or a year, a consent that expires after it is given.
 * Each rejects the field with its message and leaves a field that could not be read alone
 * (its message is already there). No database: what a check needs is passed in.
 */
final class YouthFormChecks {

	private YouthFormChecks() {
	}

	/** Today in Oslo by the given clock. */
	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

	/**
	 * A date that must be given and cannot lie after today; null (and the field rejected)
	 * when it is not one.
	 */
	static @Nullable LocalDate pastOrToday(@Nullable LocalDate date, String field, LocalDate today,
			BindingResult result) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		if (date == null || date.isAfter(today)) {
			FormErrors.reject(result, field, "youth.date.invalid");
			return null;
		}
		return date;
	}

	/**
	 * The birth as typed, a date or a year alone; null (and the field rejected) when it
	 * is neither.
	 */
	static @Nullable Birth birth(@Nullable String text, LocalDate today, BindingResult result) {
		var birth = Birth.parse(text, today);
		if (!result.hasFieldErrors("birth") && birth.isEmpty()) {
			FormErrors.reject(result, "birth", "youth.birth.invalid");
		}
		return birth.orElse(null);
	}

	/**
	 * The consent to registration must be given, and by the youth: a guardian's alone is
	 * not enough to register by name (ADR 0038).
	 */
	static void registrationConsent(@Nullable Boolean given, @Nullable ConsentGiver givenBy, BindingResult result) {
		if (!Boolean.TRUE.equals(given)) {
			FormErrors.reject(result, "consentGiven", "youth.consent.required");
		}
		if (!result.hasFieldErrors("consentGivenBy") && givenBy == ConsentGiver.GUARDIAN) {
			FormErrors.reject(result, "consentGivenBy", "youth.consent.youthsOwnRequired");
		}
	}

	/** A consent that expires cannot expire before it was given. */
	static void expiresAfterGiven(@Nullable LocalDate givenOn, @Nullable LocalDate expiresOn, BindingResult result) {
		if (!result.hasFieldErrors("expiresOn") && expiresOn != null && givenOn != null
				&& expiresOn.isBefore(givenOn)) {
			FormErrors.reject(result, "expiresOn", "youth.consent.expiresOn.invalid");
		}
	}

	/** A consent to share names the service it shares with. */
	static void sharingNamesService(@Nullable ConsentScope scope, @Nullable String serviceName, BindingResult result) {
		if (scope == ConsentScope.SHARING && serviceName == null) {
			FormErrors.reject(result, "serviceName", "youth.consent.service.required");
		}
	}

	/** A consent cannot be withdrawn before the day it was given. */
	static void withdrawnAfterGiven(@Nullable LocalDate on, LocalDate givenOn, BindingResult result) {
		if (on != null && on.isBefore(givenOn)) {
			FormErrors.reject(result, "date", "youth.consent.withdrawBeforeGiven");
		}
	}

	/** A change of priority changes the level. */
	static void levelChanges(@Nullable PriorityLevel to, @Nullable PriorityLevel current, BindingResult result) {
		if (to != null && to == current) {
			FormErrors.reject(result, "level", "youth.priority.same");
		}
	}

	/** A criterion already noted and not ended is not noted twice. */
	static void notNotedYet(@Nullable ConcernCriterion criterion, Collection<Concern> concerns, BindingResult result) {
		if (criterion != null && concerns.stream().anyMatch(c -> c.isCurrent() && c.getCriterion() == criterion)) {
			FormErrors.reject(result, "criterion", "youth.concern.alreadyNoted");
		}
	}

	/**
	 * A concern ends today, or on the day it was noted when that lies ahead (a date typed
	 * for tomorrow).
	 */
	static LocalDate concernEndsOn(LocalDate notedOn, LocalDate today) {
		return today.isBefore(notedOn) ? notedOn : today;
	}

}
