package no.feltlogg.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.ConsentView;
import no.feltlogg.youth.HowGiven;

/**
 * The consent a help measure rests on, and the model's own rules: hours as typed, the
 * evaluation reminder.
 */
class ConsentRuleTest {

	static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	final UUID youth = UUID.randomUUID();

	@Test
	void theYouthsOwnValidConsentToAChildWelfareMeasureIsNeededAtAnyAge() {
		assertThat(ConsentRule.check(consent(ConsentScope.CHILD_WELFARE, ConsentGiver.YOUTH, null, null), youth, DAY))
			.isNull();
		assertThat(ConsentRule.check(consent(ConsentScope.CHILD_WELFARE, ConsentGiver.BOTH, null, null), youth, DAY))
			.isNull();
		assertThat(key(consent(ConsentScope.CHILD_WELFARE, ConsentGiver.GUARDIAN, null, null)))
			.isEqualTo("measures.consent.guardianOnly");
		assertThat(key(null)).isEqualTo("measures.consent.missing");
		assertThat(key(consent(ConsentScope.SHARING, ConsentGiver.YOUTH, null, null)))
			.isEqualTo("measures.consent.wrongScope");
		assertThat(key(consent(ConsentScope.REGISTRATION, ConsentGiver.YOUTH, null, null)))
			.isEqualTo("measures.consent.wrongScope");
		var withdrawn = consent(ConsentScope.CHILD_WELFARE, ConsentGiver.YOUTH, null, DAY.minusDays(1));
		assertThat(ConsentRule.check(withdrawn, youth, DAY))
			.isEqualTo(new ConsentRefusal("measures.consent.withdrawn", java.util.List.of("09.03.2026")));
		assertThat(key(consent(ConsentScope.CHILD_WELFARE, ConsentGiver.YOUTH, DAY.minusDays(1), null)))
			.isEqualTo("measures.consent.expired");
		var anotherYouths = new ConsentView(UUID.randomUUID(), UUID.randomUUID(), ConsentScope.CHILD_WELFARE, null,
				null, ConsentGiver.YOUTH, HowGiven.ORAL, DAY.minusDays(5), null, null, UUID.randomUUID(), null, null);
		assertThat(key(anotherYouths)).isEqualTo("measures.consent.wrongScope");
		var later = new ConsentView(UUID.randomUUID(), youth, ConsentScope.CHILD_WELFARE, null, null,
				ConsentGiver.YOUTH, HowGiven.ORAL, DAY.plusDays(1), null, null, UUID.randomUUID(), null, null);
		assertThat(key(later)).isEqualTo("measures.consent.notYetValid");
	}

	@Test
	void hoursAreTypedWithACommaOrPointAndOneDecimal() {
		assertThat(Hours.parse("1,5", 40)).contains(new BigDecimal("1.5"));
		assertThat(Hours.parse(" 2 ", 40)).contains(new BigDecimal("2"));
		assertThat(Hours.parse("2.5", 40)).contains(new BigDecimal("2.5"));
		assertThat(Hours.parse("0", 40)).isEmpty();
		assertThat(Hours.parse("41", 40)).isEmpty();
		assertThat(Hours.parse("1,55", 40)).isEmpty();
		assertThat(Hours.parse("-1", 40)).isEmpty();
		assertThat(Hours.parse("tre", 40)).isEmpty();
		assertThat(Hours.parse("", 40)).isEmpty();
		assertThat(Hours.format(new BigDecimal("2.0"))).isEqualTo("2");
		assertThat(Hours.format(new BigDecimal("1.5"))).isEqualTo("1,5");
	}

	@Test
	void theEvaluationRemindsFourteenDaysAheadAndWhenOverdueWhileTheMeasureRuns() {
		assertThat(measure(DAY.plusDays(14), null).evaluationDueOn(DAY)).isTrue();
		assertThat(measure(DAY.plusDays(15), null).evaluationDueOn(DAY)).isFalse();
		assertThat(measure(DAY.minusDays(1), null).evaluationOverdueOn(DAY)).isTrue();
		assertThat(measure(DAY, null).evaluationOverdueOn(DAY)).isFalse();
		assertThat(measure(DAY.minusDays(1), DAY.minusDays(2)).evaluationDueOn(DAY)).as("ended").isFalse();
	}

	private @Nullable String key(@Nullable ConsentView consent) {
		var refusal = ConsentRule.check(consent, youth, DAY);
		return refusal == null ? null : refusal.messageKey();
	}

	private ConsentView consent(ConsentScope scope, ConsentGiver givenBy, @Nullable LocalDate expiresOn,
			@Nullable LocalDate withdrawnOn) {
		return new ConsentView(UUID.randomUUID(), youth, scope, null, null, givenBy, HowGiven.WRITTEN,
				DAY.minusDays(30), expiresOn, null, UUID.randomUUID(), withdrawnOn,
				withdrawnOn == null ? null : UUID.randomUUID());
	}

	private Measure measure(LocalDate evaluationOn, @Nullable LocalDate endedOn) {
		return new Measure(UUID.randomUUID(), UUID.randomUUID(), youth, "Tiltak", DAY.minusDays(40), DAY.minusDays(30),
				DAY.plusMonths(6), BigDecimal.TWO, UUID.randomUUID(), UUID.randomUUID(), evaluationOn, endedOn,
				UUID.randomUUID(), Instant.EPOCH, 0);
	}

}
