package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.feltlogg.shared.Gender;

/**
 * The rules a registered youth keeps by itself: consent first, priority history,
 * withdrawal closes the record.
 */
class YouthTest {

	static final UUID TEAM = UUID.randomUUID();

	static final UUID WORKER = UUID.randomUUID();

	static final LocalDate GIVEN = LocalDate.of(2026, 9, 1);

	@Test
	void aYouthCannotBeRegisteredWithAnythingButAConsentToRegistration() {
		var sharing = new NewConsent(ConsentScope.SHARING, null, "NAV", ConsentGiver.YOUTH, HowGiven.ORAL, GIVEN, null,
				null);
		assertThatThrownBy(() -> new Youth(TEAM, details(), sharing, WORKER, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);

		var youth = youth();
		assertThat(youth.getConsents()).singleElement()
			.satisfies(c -> assertThat(c.scope()).isEqualTo(ConsentScope.REGISTRATION));
		assertThat(youth.isOpenForEntries(GIVEN)).isTrue();
		assertThat(youth.isOpenForEntries(GIVEN.minusDays(1))).as("before the consent").isFalse();
	}

	@Test
	void priorityChangesAreKeptWithFromToDateByAndReason() {
		var youth = youth();
		youth.changePriority(PriorityLevel.YELLOW, GIVEN, "Søker eldre miljø", WORKER, Instant.now());
		youth.changePriority(PriorityLevel.RED, GIVEN.plusDays(3), "Anmeldt", WORKER, Instant.now().plusSeconds(1));
		assertThat(youth.getPriority()).isEqualTo(PriorityLevel.RED);
		assertThat(youth.getPriorityHistory())
			.extracting(PriorityChange::getFromLevel, PriorityChange::getToLevel, PriorityChange::getReason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PriorityLevel.YELLOW, PriorityLevel.RED, "Anmeldt"),
					org.assertj.core.groups.Tuple.tuple(null, PriorityLevel.YELLOW, "Søker eldre miljø"));
		assertThatThrownBy(() -> youth.changePriority(PriorityLevel.RED, GIVEN, "Igjen", WORKER, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void withdrawingTheOnlyConsentToRegistrationClosesTheRecord() {
		var youth = youth();
		var sharing = youth.giveConsent(new NewConsent(ConsentScope.SHARING, null, "Helsestasjon for ungdom",
				ConsentGiver.YOUTH, HowGiven.WRITTEN, GIVEN, null, null), WORKER, Instant.now());
		youth.withdrawConsent(sharing.getId(), GIVEN.plusDays(5), WORKER, Instant.now());
		assertThat(youth.getStatus()).as("sharing withdrawn").isEqualTo(YouthStatus.ACTIVE);

		var registration = youth.getConsents()
			.stream()
			.filter(c -> c.scope() == ConsentScope.REGISTRATION)
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> youth.withdrawConsent(registration.id(), GIVEN.minusDays(1), WORKER, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);
		youth.withdrawConsent(registration.id(), GIVEN.plusDays(10), WORKER, Instant.now());
		assertThat(youth.getStatus()).isEqualTo(YouthStatus.CLOSED);
		assertThat(youth.getClosedOn()).isEqualTo(GIVEN.plusDays(10));
		assertThat(youth.isOpenForEntries(GIVEN.plusDays(10))).isFalse();
		assertThatThrownBy(() -> youth.reopen(GIVEN.plusDays(11))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> youth.withdrawConsent(registration.id(), GIVEN.plusDays(12), WORKER, Instant.now()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aConsentIsShownAsWhatItIsOnADay() {
		var consent = new ConsentView(UUID.randomUUID(), UUID.randomUUID(), ConsentScope.SHARING, null, "OT",
				ConsentGiver.BOTH, HowGiven.WRITTEN, GIVEN, GIVEN.plusDays(30), null, WORKER, GIVEN.plusDays(20),
				WORKER);
		assertThat(consent.statusOn(GIVEN.minusDays(1))).isEqualTo(ConsentStatus.NOT_YET_VALID);
		assertThat(consent.statusOn(GIVEN)).isEqualTo(ConsentStatus.VALID);
		assertThat(consent.statusOn(GIVEN.plusDays(20))).isEqualTo(ConsentStatus.WITHDRAWN);
		var unwithdrawn = new ConsentView(consent.id(), consent.youthId(), consent.scope(), null, "OT",
				ConsentGiver.BOTH, HowGiven.WRITTEN, GIVEN, GIVEN.plusDays(30), null, WORKER, null, null);
		assertThat(unwithdrawn.statusOn(GIVEN.plusDays(30))).isEqualTo(ConsentStatus.VALID);
		assertThat(unwithdrawn.statusOn(GIVEN.plusDays(31))).isEqualTo(ConsentStatus.EXPIRED);
	}

	@Test
	void aBirthIsADateOrOnlyAYear() {
		var today = LocalDate.of(2026, 11, 22);
		assertThat(Birth.parse("05.03.2010", today)).contains(Birth.of(LocalDate.of(2010, 3, 5)));
		assertThat(Birth.parse("5.3.2010", today)).contains(Birth.of(LocalDate.of(2010, 3, 5)));
		assertThat(Birth.parse("2010", today)).contains(Birth.year(2010));
		assertThat(Birth.parse("31.02.2010", today)).isEmpty();
		assertThat(Birth.parse("01.01.2027", today)).as("future").isEmpty();
		assertThat(Birth.parse("1890", today)).isEmpty();
		assertThat(Birth.parse("ti år", today)).isEmpty();
		assertThat(Birth.year(2010).text()).isEqualTo("2010");
		assertThat(Birth.of(LocalDate.of(2010, 3, 5)).text()).isEqualTo("05.03.2010");
		assertThat(new YouthSummary(UUID.randomUUID(), TEAM, "X", LocalDate.of(2010, 3, 5), 2010, Gender.BOY, null,
				YouthStatus.ACTIVE, null, false)
			.ageOn(today)).isEqualTo(16);
	}

	@Test
	void closeSpellingsAreAFewEditsApart() {
		assertThat(YouthRecords.editDistance("ase ostby", "ase ostbye")).isEqualTo(1);
		assertThat(YouthRecords.editDistance("mohammed ali", "muhammad ali")).isEqualTo(2);
		assertThat(YouthRecords.editDistance("emma berg", "jonas lie")).isGreaterThan(YouthRecords.CLOSE_SPELLING);
	}

	static Youth youth() {
		return new Youth(TEAM, details(), NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, GIVEN), WORKER,
				Instant.now());
	}

	static YouthDetails details() {
		return new YouthDetails("Åse Østby", Birth.year(2010), Gender.GIRL, null, null, null, Set.of(WORKER), false);
	}

}
