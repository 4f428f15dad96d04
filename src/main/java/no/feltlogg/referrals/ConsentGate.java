package no.feltlogg.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.ConsentView;
import no.feltlogg.youth.YouthSummary;

/**
 * The consent gate: nothing leaves the team without a lawful basis. Every referral passes
 * it when it is made, and again when it is marked sent, on the day it is sent. This class
 * is the one place where the age rules live; the ADR
 * {@code docs/adr/0013-consent-gate.md} gives the reasons.
 * <p>
 * <b>Legal basis consent.</b> The referral points at one consent of the youth module that
 * <ol>
 * <li>covers the service: a consent to share naming that service from the directory, or,
 * for child welfare, a consent to a child-welfare measure;</li>
 * <li>is valid on the day: given on or before it, not expired, not withdrawn;</li>
 * <li>was given by the right people, by the youth's age on the day and the kind of
 * service:</li>
 * </ol>
 * <table>
 * <caption>Whose consent a referral needs</caption>
 * <tr>
 * <th>service</th>
 * <th>under 15</th>
 * <th>15</th>
 * <th>16 and 17</th>
 * <th>18 and over</th>
 * </tr>
 * <tr>
 * <td>health service ({@link ServiceKind#isHealthService()}: mental health for youth,
 * youth health clinic, school health, GP, specialist health care)</td>
 * <td>youth <i>and</i> guardian</td>
 * <td>youth <i>and</i> guardian</td>
 * <td>youth</td>
 * <td>youth</td>
 * </tr>
 * <tr>
 * <td>child welfare</td>
 * <td>youth (the team's rule)</td>
 * <td>youth (the law, and the team's rule)</td>
 * <td>youth</td>
 * <td>youth</td>
 * </tr>
 * <tr>
 * <td>every other service (NAV, follow-up service, police, leisure, …)</td>
 * <td>youth</td>
 * <td>youth</td>
 * <td>youth</td>
 * <td>youth</td>
 * </tr>
 * </table>
 * "Youth" is met by a consent given by the youth or by both; "youth and guardian" only by
 * a consent given by both. A consent given by a guardian alone is never enough. Health
 * care: a youth consents alone from {@value #HEALTH_CONSENT_AGE} (pasient- og
 * brukerrettighetsloven § 4-3), below that guardians are involved. Child welfare: the law
 * asks for the youth's own consent to a voluntary measure from
 * {@value #CHILD_WELFARE_LAW_AGE}; the team asks for it at any age before it works on a
 * child-welfare measure.
 * <p>
 * <b>Age.</b> The age on the referral's day. Where only the birth year is known the youth
 * may or may not have had this year's birthday, so the gate reckons with both ages: the
 * younger decides whether a guardian must consent, the older whether the youth may
 * already be an adult. A guess never skips a guardian or stretches a duty.
 * <p>
 * <b>Duty to inform child welfare and duty to avert.</b> No consent is needed, but a
 * written justification is, and the leader is notified. The duty to inform is owed to the
 * child-welfare service, about children under {@value #ADULT_AGE}.
 * <p>
 * A refused referral gets one message per field that says what is missing, as a message
 * key with its arguments.
 */
final class ConsentGate {

	/**
	 * From this age a youth consents alone to sharing with a health service; below it a
	 * guardian consents too.
	 */
	static final int HEALTH_CONSENT_AGE = 16;

	/**
	 * From this age the law requires the youth's own consent to a voluntary child-welfare
	 * measure.
	 */
	static final int CHILD_WELFARE_LAW_AGE = 15;

	/** The duty to inform child welfare is about children: youths under this age. */
	static final int ADULT_AGE = 18;

	private ConsentGate() {
	}

	/** Whose consent is needed. */
	enum Whose {

		/**
		 * The youth's own consent: given by the youth, or by the youth and a guardian
		 * together.
		 */
		YOUTH,

		/** Both the youth's and a guardian's: a consent given by both. */
		YOUTH_AND_GUARDIAN;

		boolean isMetBy(ConsentGiver givenBy) {
			return givenBy == ConsentGiver.BOTH || (this == YOUTH && givenBy == ConsentGiver.YOUTH);
		}

	}

	/**
	 * The youth's age on a day: one age when the birth date is known, the two possible
	 * ages when only the year is.
	 */
	record Age(int youngest, int oldest) {

		static Age of(YouthSummary youth, LocalDate day) {
			if (youth.birthDate() != null) {
				int age = youth.ageOn(day);
				return new Age(age, age);
			}
			int reached = day.getYear() - youth.birthYear();
			return day.getDayOfYear() == day.lengthOfYear() ? new Age(reached, reached) : new Age(reached - 1, reached);
		}

		boolean isExact() {
			return youngest == oldest;
		}

	}

	/**
	 * What the gate is asked: may this be shared with this service, on this basis, on
	 * this day?
	 */
	record Request(LegalBasis basis, ServiceInfo service, YouthSummary youth, LocalDate on,
			@Nullable ConsentView consent, @Nullable String justification) {
	}

	/**
	 * The rule of the table: whose consent a service of this kind needs from a youth this
	 * young.
	 */
	static Whose whoseConsent(ServiceKind kind, int age) {
		if (kind.isHealthService() && age < HEALTH_CONSENT_AGE) {
			return Whose.YOUTH_AND_GUARDIAN;
		}
		return Whose.YOUTH;
	}

	static GateDecision check(Request request) {
		var refusals = new ArrayList<GateDecision.Refusal>();
		var age = Age.of(request.youth(), request.on());
		if (request.basis() == LegalBasis.CONSENT) {
			checkConsent(request, age, refusals);
		}
		else {
			checkDuty(request, age, refusals);
		}
		return new GateDecision(refusals);
	}

	private static void checkConsent(Request request, Age age, List<GateDecision.Refusal> refusals) {
		var service = request.service();
		var consent = request.consent();
		if (consent == null) {
			refusals.add(consent("referrals.gate.consent.missing", service.name()));
			return;
		}
		var coverage = coverage(consent, service);
		if (coverage != null) {
			refusals.add(coverage);
			return;
		}
		var status = consent.statusOn(request.on());
		switch (status) {
			case WITHDRAWN -> {
				refusals.add(consent("referrals.gate.consent.withdrawn", date(consent.withdrawnOn())));
				return;
			}
			case EXPIRED -> {
				refusals.add(consent("referrals.gate.consent.expired", date(consent.expiresOn())));
				return;
			}
			case NOT_YET_VALID -> {
				refusals
					.add(consent("referrals.gate.consent.notYetValid", date(consent.givenOn()), date(request.on())));
				return;
			}
			case VALID -> {
			}
		}
		if (consent.givenBy() == ConsentGiver.GUARDIAN) {
			if (service.kind() == ServiceKind.CHILD_WELFARE) {
				refusals.add(consent(age.oldest() < CHILD_WELFARE_LAW_AGE
						? "referrals.gate.consent.childWelfare.teamRule" : "referrals.gate.consent.childWelfare.law"));
			}
			else {
				refusals.add(consent("referrals.gate.consent.youthMissing"));
			}
			return;
		}
		if (!whoseConsent(service.kind(), age.youngest()).isMetBy(consent.givenBy())) {
			refusals.add(age.isExact() ? consent("referrals.gate.consent.guardianMissing", age.youngest())
					: consent("referrals.gate.consent.guardianMissing.yearOnly", age.youngest(), age.oldest()));
		}
	}

	/** Why a consent does not cover sharing with this service, or null when it does. */
	private static GateDecision.@Nullable Refusal coverage(ConsentView consent, ServiceInfo service) {
		return switch (consent.scope()) {
			case REGISTRATION, GUARDIAN_CONTACT -> consent("referrals.gate.consent.wrongScope");
			case CHILD_WELFARE -> service.kind() == ServiceKind.CHILD_WELFARE ? null
					: consent("referrals.gate.consent.childWelfareOnly", service.name());
			case SHARING -> {
				if (consent.covers(ConsentScope.SHARING, service.id())) {
					yield null;
				}
				var named = consent.serviceName() == null ? "" : consent.serviceName();
				yield consent.serviceId() == null
						? consent("referrals.gate.consent.notInDirectory", named, service.name())
						: consent("referrals.gate.consent.otherService", named, service.name());
			}
		};
	}

	private static void checkDuty(Request request, Age age, List<GateDecision.Refusal> refusals) {
		if (request.basis() == LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE) {
			if (request.service().kind() != ServiceKind.CHILD_WELFARE) {
				refusals.add(new GateDecision.Refusal("legalBasis", "referrals.gate.dutyToInform.notChildWelfare",
						List.of()));
			}
			else if (age.youngest() >= ADULT_AGE) {
				refusals.add(new GateDecision.Refusal("legalBasis", "referrals.gate.dutyToInform.adult",
						List.of(age.youngest())));
			}
			else if (age.oldest() >= ADULT_AGE) {
				refusals
					.add(new GateDecision.Refusal("legalBasis", "referrals.gate.dutyToInform.mayBeAdult", List.of()));
			}
		}
		var justification = request.justification();
		if (justification == null || justification.isBlank()) {
			refusals.add(new GateDecision.Refusal("justification",
					"referrals.gate.justification.missing." + request.basis().name(), List.of()));
		}
	}

	private static GateDecision.Refusal consent(String key, Object... args) {
		return new GateDecision.Refusal("consentId", key, List.of(args));
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : DateFormats.DATE.format(date);
	}

}
