package no.feltlogg.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.shared.Gender;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.ConsentView;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthStatus;
import no.feltlogg.youth.YouthSummary;

/**
 * The consent gate as a table: ages 13, 15, 16 and 17, a health service (the youth health
 * clinic), child welfare and NAV, and a consent given by the youth, a guardian, both,
 * none at all, expired, withdrawn, or for another service. Each row says allowed or
 * refused, and a refusal says what is missing in the words the worker reads at the field.
 */
class ConsentGateTest {

	static final LocalDate DAY = LocalDate.of(2026, 10, 15);

	static final LocalDate GIVEN = LocalDate.of(2026, 1, 10);

	static final ServiceInfo HEALTH = service("Helsestasjon for ungdom", ServiceKind.YOUTH_HEALTH_CLINIC);

	static final ServiceInfo CHILD_WELFARE = service("Barnevernstjenesten", ServiceKind.CHILD_WELFARE);

	static final ServiceInfo NAV = service("NAV ungdom", ServiceKind.NAV);

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	enum Variant {

		YOUTH, GUARDIAN, BOTH, NONE, EXPIRED, WITHDRAWN, OTHER_SERVICE

	}

	@ParameterizedTest(name = "{0} år, {1}, samtykke {2}: {3}")
	@CsvSource(
			textBlock = """
					13, HEALTH, YOUTH, refused, referrals.gate.consent.guardianMissing, 'Samtykke fra foresatt mangler. Ungdommen er 13 år'
					13, HEALTH, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					13, HEALTH, BOTH, allowed, ,
					13, HEALTH, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Helsestasjon for ungdom'
					13, HEALTH, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					13, HEALTH, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					13, HEALTH, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Helsestasjon for ungdom'
					15, HEALTH, YOUTH, refused, referrals.gate.consent.guardianMissing, 'Samtykke fra foresatt mangler. Ungdommen er 15 år'
					15, HEALTH, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					15, HEALTH, BOTH, allowed, ,
					15, HEALTH, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Helsestasjon for ungdom'
					15, HEALTH, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					15, HEALTH, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					15, HEALTH, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Helsestasjon for ungdom'
					16, HEALTH, YOUTH, allowed, ,
					16, HEALTH, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					16, HEALTH, BOTH, allowed, ,
					16, HEALTH, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Helsestasjon for ungdom'
					16, HEALTH, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					16, HEALTH, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					16, HEALTH, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Helsestasjon for ungdom'
					17, HEALTH, YOUTH, allowed, ,
					17, HEALTH, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					17, HEALTH, BOTH, allowed, ,
					17, HEALTH, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Helsestasjon for ungdom'
					17, HEALTH, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					17, HEALTH, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					17, HEALTH, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Helsestasjon for ungdom'
					13, CHILD_WELFARE, YOUTH, allowed, ,
					13, CHILD_WELFARE, GUARDIAN, refused, referrals.gate.consent.childWelfare.teamRule, 'Teamet krever ungdommens samtykke'
					13, CHILD_WELFARE, BOTH, allowed, ,
					13, CHILD_WELFARE, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Barnevernstjenesten'
					13, CHILD_WELFARE, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					13, CHILD_WELFARE, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					13, CHILD_WELFARE, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Barnevernstjenesten'
					15, CHILD_WELFARE, YOUTH, allowed, ,
					15, CHILD_WELFARE, GUARDIAN, refused, referrals.gate.consent.childWelfare.law, 'Ungdom over 15 år må selv samtykke'
					15, CHILD_WELFARE, BOTH, allowed, ,
					15, CHILD_WELFARE, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Barnevernstjenesten'
					15, CHILD_WELFARE, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					15, CHILD_WELFARE, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					15, CHILD_WELFARE, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Barnevernstjenesten'
					16, CHILD_WELFARE, YOUTH, allowed, ,
					16, CHILD_WELFARE, GUARDIAN, refused, referrals.gate.consent.childWelfare.law, 'Ungdom over 15 år må selv samtykke'
					16, CHILD_WELFARE, BOTH, allowed, ,
					16, CHILD_WELFARE, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Barnevernstjenesten'
					16, CHILD_WELFARE, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					16, CHILD_WELFARE, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					16, CHILD_WELFARE, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Barnevernstjenesten'
					17, CHILD_WELFARE, YOUTH, allowed, ,
					17, CHILD_WELFARE, GUARDIAN, refused, referrals.gate.consent.childWelfare.law, 'Ungdom over 15 år må selv samtykke'
					17, CHILD_WELFARE, BOTH, allowed, ,
					17, CHILD_WELFARE, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med Barnevernstjenesten'
					17, CHILD_WELFARE, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					17, CHILD_WELFARE, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					17, CHILD_WELFARE, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder NAV ungdom, ikke Barnevernstjenesten'
					13, NAV, YOUTH, allowed, ,
					13, NAV, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					13, NAV, BOTH, allowed, ,
					13, NAV, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med NAV ungdom'
					13, NAV, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					13, NAV, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					13, NAV, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder Helsestasjon for ungdom, ikke NAV ungdom'
					15, NAV, YOUTH, allowed, ,
					15, NAV, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					15, NAV, BOTH, allowed, ,
					15, NAV, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med NAV ungdom'
					15, NAV, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					15, NAV, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					15, NAV, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder Helsestasjon for ungdom, ikke NAV ungdom'
					16, NAV, YOUTH, allowed, ,
					16, NAV, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					16, NAV, BOTH, allowed, ,
					16, NAV, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med NAV ungdom'
					16, NAV, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					16, NAV, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					16, NAV, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder Helsestasjon for ungdom, ikke NAV ungdom'
					17, NAV, YOUTH, allowed, ,
					17, NAV, GUARDIAN, refused, referrals.gate.consent.youthMissing, 'Ungdommens eget samtykke mangler'
					17, NAV, BOTH, allowed, ,
					17, NAV, NONE, refused, referrals.gate.consent.missing, 'kan ingenting deles med NAV ungdom'
					17, NAV, EXPIRED, refused, referrals.gate.consent.expired, 'Samtykket utløp 30.06.2026'
					17, NAV, WITHDRAWN, refused, referrals.gate.consent.withdrawn, 'Samtykket ble trukket tilbake 01.09.2026'
					17, NAV, OTHER_SERVICE, refused, referrals.gate.consent.otherService, 'Samtykket gjelder Helsestasjon for ungdom, ikke NAV ungdom'
					""")
	void theGateDecidesByAgeServiceAndConsent(int age, String serviceName, Variant variant, String outcome,
			@Nullable String key, @Nullable String message) {
		var service = switch (serviceName) {
			case "HEALTH" -> HEALTH;
			case "CHILD_WELFARE" -> CHILD_WELFARE;
			default -> NAV;
		};
		var youth = youthAged(age);
		var decision = ConsentGate.check(new ConsentGate.Request(LegalBasis.CONSENT, service, youth, DAY,
				consent(variant, youth, service), null));

		if (outcome.equals("allowed")) {
			assertThat(decision.allowed()).as(decision.refusals().toString()).isTrue();
			return;
		}
		assertThat(decision.refusals()).singleElement().satisfies(refusal -> {
			assertThat(refusal.field()).isEqualTo("consentId");
			assertThat(refusal.messageKey()).isEqualTo(key);
			assertThat(text(refusal)).contains(message);
		});
	}

	@Test
	void theAgeRulesLiveInOnePlace() {
		for (var kind : ServiceKind.values()) {
			for (int age = 10; age <= 25; age++) {
				var expected = kind.isHealthService() && age < 16 ? ConsentGate.Whose.YOUTH_AND_GUARDIAN
						: ConsentGate.Whose.YOUTH;
				assertThat(ConsentGate.whoseConsent(kind, age)).as(kind + " at " + age).isEqualTo(expected);
			}
		}
		assertThat(ConsentGate.Whose.YOUTH.isMetBy(ConsentGiver.YOUTH)).isTrue();
		assertThat(ConsentGate.Whose.YOUTH.isMetBy(ConsentGiver.BOTH)).isTrue();
		assertThat(ConsentGate.Whose.YOUTH.isMetBy(ConsentGiver.GUARDIAN)).isFalse();
		assertThat(ConsentGate.Whose.YOUTH_AND_GUARDIAN.isMetBy(ConsentGiver.YOUTH)).isFalse();
		assertThat(ConsentGate.Whose.YOUTH_AND_GUARDIAN.isMetBy(ConsentGiver.BOTH)).isTrue();
	}

	@Test
	void withOnlyTheBirthYearTheGateReckonsWithBothPossibleAges() {
		var bornIn2011 = new YouthSummary(UUID.randomUUID(), UUID.randomUUID(), "Ola", null, 2011, Gender.BOY, null,
				YouthStatus.ACTIVE, null, false);
		assertThat(ConsentGate.Age.of(bornIn2011, DAY)).isEqualTo(new ConsentGate.Age(14, 15));
		assertThat(ConsentGate.Age.of(bornIn2011, LocalDate.of(2026, 12, 31))).isEqualTo(new ConsentGate.Age(15, 15));

		var bornIn2010 = new YouthSummary(UUID.randomUUID(), UUID.randomUUID(), "Kari", null, 2010, Gender.GIRL, null,
				YouthStatus.ACTIVE, null, false);
		var youthOnly = ConsentGate.check(new ConsentGate.Request(LegalBasis.CONSENT, HEALTH, bornIn2010, DAY,
				sharing(bornIn2010, HEALTH, ConsentGiver.YOUTH), null));
		assertThat(youthOnly.refusals()).singleElement().satisfies(r -> {
			assertThat(r.messageKey()).isEqualTo("referrals.gate.consent.guardianMissing.yearOnly");
			assertThat(text(r)).contains("Bare fødselsåret er registrert, så ungdommen kan være 15 år");
		});

		var bornIn2008 = new YouthSummary(UUID.randomUUID(), UUID.randomUUID(), "Per", null, 2008, Gender.BOY, null,
				YouthStatus.ACTIVE, null, false);
		var duty = ConsentGate.check(new ConsentGate.Request(LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE, CHILD_WELFARE,
				bornIn2008, DAY, null, "Forteller om vold hjemme."));
		assertThat(duty.refusals()).singleElement().satisfies(r -> {
			assertThat(r.field()).isEqualTo("legalBasis");
			assertThat(text(r)).contains("bare fødselsåret er registrert");
		});
	}

	@Test
	void aDutyNeedsNoConsentButAWrittenJustification() {
		var youth = youthAged(14);
		var inform = ConsentGate.check(new ConsentGate.Request(LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE, CHILD_WELFARE,
				youth, DAY, null, "Hun forteller at faren slår henne når han drikker."));
		assertThat(inform.allowed()).isTrue();

		var avert = ConsentGate.check(new ConsentGate.Request(LegalBasis.DUTY_TO_AVERT,
				service("Politiets forebyggende enhet", ServiceKind.POLICE), youth, DAY, null,
				"Planlegger å knivstikke en medelev i morgen, ifølge flere."));
		assertThat(avert.allowed()).isTrue();

		var unjustified = ConsentGate
			.check(new ConsentGate.Request(LegalBasis.DUTY_TO_AVERT, NAV, youth, DAY, null, "  "));
		assertThat(unjustified.refusals()).singleElement().satisfies(r -> {
			assertThat(r.field()).isEqualTo("justification");
			assertThat(text(r)).contains("Skriv hvorfor avvergeplikten gjelder");
		});
		var unjustifiedInform = ConsentGate.check(new ConsentGate.Request(LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE,
				CHILD_WELFARE, youth, DAY, null, null));
		assertThat(text(unjustifiedInform.refusals().get(0))).contains("Skriv hvorfor opplysningsplikten gjelder");
	}

	@Test
	void theDutyToInformIsOwedToChildWelfareAboutChildren() {
		var toNav = ConsentGate.check(new ConsentGate.Request(LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE, NAV,
				youthAged(14), DAY, null, "Bekymring for omsorgen."));
		assertThat(toNav.refusals()).singleElement().satisfies(r -> {
			assertThat(r.field()).isEqualTo("legalBasis");
			assertThat(text(r)).contains("Opplysningsplikten gjelder overfor barnevernstjenesten");
		});
		var adult = ConsentGate.check(new ConsentGate.Request(LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE, CHILD_WELFARE,
				youthAged(18), DAY, null, "Bekymring for omsorgen."));
		assertThat(adult.refusals()).singleElement()
			.satisfies(r -> assertThat(text(r)).contains("gjelder barn under 18 år. Ungdommen er 18 år."));
	}

	@Test
	void aConsentMustCoverSharingWithThatServiceAndBeInForceOnTheDay() {
		var youth = youthAged(17);
		var registration = new ConsentView(UUID.randomUUID(), youth.id(), ConsentScope.REGISTRATION, null, null,
				ConsentGiver.YOUTH, HowGiven.ORAL, GIVEN, null, null, UUID.randomUUID(), null, null);
		assertThat(refusal(youth, NAV, registration)).contains("gjelder ikke deling med en tjeneste");

		var childWelfareMeasure = new ConsentView(UUID.randomUUID(), youth.id(), ConsentScope.CHILD_WELFARE, null, null,
				ConsentGiver.YOUTH, HowGiven.WRITTEN, GIVEN, null, null, UUID.randomUUID(), null, null);
		assertThat(refusal(youth, NAV, childWelfareMeasure))
			.contains("Et samtykke til barnevernstiltak gjelder bare barnevernet, ikke NAV ungdom");

		var namedInOwnWords = new ConsentView(UUID.randomUUID(), youth.id(), ConsentScope.SHARING, null, "Helsesøster",
				ConsentGiver.YOUTH, HowGiven.ORAL, GIVEN, null, null, UUID.randomUUID(), null, null);
		assertThat(refusal(youth, HEALTH, namedInOwnWords)).contains("Samtykket nevner «Helsesøster» med egne ord")
			.contains("Registrer samtykket med Helsestasjon for ungdom valgt fra tjenestekatalogen");

		var later = new ConsentView(UUID.randomUUID(), youth.id(), ConsentScope.SHARING, HEALTH.id(), HEALTH.name(),
				ConsentGiver.YOUTH, HowGiven.ORAL, DAY.plusDays(1), null, null, UUID.randomUUID(), null, null);
		assertThat(refusal(youth, HEALTH, later)).contains("Samtykket ble gitt 16.10.2026 og gjelder ikke 15.10.2026");

		var sharingWithChildWelfare = sharing(youth, CHILD_WELFARE, ConsentGiver.YOUTH);
		assertThat(ConsentGate
			.check(new ConsentGate.Request(LegalBasis.CONSENT, CHILD_WELFARE, youth, DAY, sharingWithChildWelfare,
					null))
			.allowed()).as("a consent to share naming child welfare").isTrue();
	}

	@Test
	void everyRefusalHasItsMessageInBothLanguages() {
		var keys = List.of("referrals.gate.consent.missing", "referrals.gate.consent.wrongScope",
				"referrals.gate.consent.childWelfareOnly", "referrals.gate.consent.otherService",
				"referrals.gate.consent.notInDirectory", "referrals.gate.consent.withdrawn",
				"referrals.gate.consent.expired", "referrals.gate.consent.notYetValid",
				"referrals.gate.consent.youthMissing", "referrals.gate.consent.childWelfare.teamRule",
				"referrals.gate.consent.childWelfare.law", "referrals.gate.consent.guardianMissing",
				"referrals.gate.consent.guardianMissing.yearOnly", "referrals.gate.dutyToInform.notChildWelfare",
				"referrals.gate.dutyToInform.adult", "referrals.gate.dutyToInform.mayBeAdult",
				"referrals.gate.justification.missing.DUTY_TO_INFORM_CHILD_WELFARE",
				"referrals.gate.justification.missing.DUTY_TO_AVERT");
		for (var key : keys) {
			var bokmaal = MESSAGES.getMessage(key, new Object[] { "A", "B" }, Locale.of("nb"));
			var english = MESSAGES.getMessage(key, new Object[] { "A", "B" }, Locale.ENGLISH);
			assertThat(bokmaal).as(key).isNotBlank().isNotEqualTo(english).doesNotContain("{");
			assertThat(english).as(key).isNotBlank().doesNotContain("{");
		}
	}

	private static String refusal(YouthSummary youth, ServiceInfo service, ConsentView consent) {
		var decision = ConsentGate
			.check(new ConsentGate.Request(LegalBasis.CONSENT, service, youth, DAY, consent, null));
		assertThat(decision.refusals()).hasSize(1);
		return text(decision.refusals().get(0));
	}

	static String text(GateDecision.Refusal refusal) {
		return MESSAGES.getMessage(refusal.messageKey(), refusal.args().toArray(), Locale.of("nb"));
	}

	static @Nullable ConsentView consent(Variant variant, YouthSummary youth, ServiceInfo service) {
		return switch (variant) {
			case YOUTH -> covering(youth, service, ConsentGiver.YOUTH, null, null);
			case GUARDIAN -> covering(youth, service, ConsentGiver.GUARDIAN, null, null);
			case BOTH -> covering(youth, service, ConsentGiver.BOTH, null, null);
			case NONE -> null;
			case EXPIRED -> covering(youth, service, ConsentGiver.BOTH, LocalDate.of(2026, 6, 30), null);
			case WITHDRAWN -> covering(youth, service, ConsentGiver.BOTH, null, LocalDate.of(2026, 9, 1));
			case OTHER_SERVICE -> sharing(youth, service == NAV ? HEALTH : NAV, ConsentGiver.BOTH);
		};
	}

	/**
	 * The consent that covers the service: a consent to a child-welfare measure for child
	 * welfare, else to share.
	 */
	static ConsentView covering(YouthSummary youth, ServiceInfo service, ConsentGiver givenBy,
			@Nullable LocalDate expiresOn, @Nullable LocalDate withdrawnOn) {
		var childWelfare = service.kind() == ServiceKind.CHILD_WELFARE;
		return new ConsentView(UUID.randomUUID(), youth.id(),
				childWelfare ? ConsentScope.CHILD_WELFARE : ConsentScope.SHARING, childWelfare ? null : service.id(),
				childWelfare ? null : service.name(), givenBy, HowGiven.ORAL, GIVEN, expiresOn, null, UUID.randomUUID(),
				withdrawnOn, withdrawnOn == null ? null : UUID.randomUUID());
	}

	static ConsentView sharing(YouthSummary youth, ServiceInfo service, ConsentGiver givenBy) {
		return new ConsentView(UUID.randomUUID(), youth.id(), ConsentScope.SHARING, service.id(), service.name(),
				givenBy, HowGiven.ORAL, GIVEN, null, null, UUID.randomUUID(), null, null);
	}

	/**
	 * A youth with a known birth date who is exactly this old on the day (the birthday
	 * two months back).
	 */
	static YouthSummary youthAged(int age) {
		var born = DAY.minusYears(age).minusMonths(2);
		return new YouthSummary(UUID.randomUUID(), UUID.randomUUID(), "Ungdom " + age, born, born.getYear(),
				Gender.GIRL, null, YouthStatus.ACTIVE, null, false);
	}

	static ServiceInfo service(String name, ServiceKind kind) {
		return new ServiceInfo(UUID.randomUUID(), name, kind, null, null, null, null, null, null, false);
	}

}
