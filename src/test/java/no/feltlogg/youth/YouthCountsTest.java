package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The counts the statistics module gets: youths per level per month, movements, worrying
 * development by school level.
 */
@IntegrationTest
class YouthCountsTest {

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	YouthCounts statistics;

	@Autowired
	Catalog catalog;

	@Test
	void priorityLevelsAtEachMonthsEndAndTheMovesBetweenThem() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var a = YouthFixtures.register(records, worker, "Statistikk A", Birth.year(2009));
		var b = YouthFixtures.register(records, worker, "Statistikk B", Birth.year(2010));
		AsUser.run(worker, () -> {
			records.changePriority(worker, a, PriorityLevel.YELLOW, LocalDate.of(2026, 1, 10), "Start");
			records.changePriority(worker, a, PriorityLevel.RED, LocalDate.of(2026, 2, 3), "Verre");
			records.changePriority(worker, a, PriorityLevel.YELLOW, LocalDate.of(2026, 2, 20), "Bedre");
			records.changePriority(worker, b, PriorityLevel.GREEN, LocalDate.of(2026, 2, 28), "Start");
		});
		var quarter = new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

		assertThat(statistics.youthsPerLevelByMonth(java.util.List.of(municipality.teamA), quarter)).containsExactly(
				new YouthCounts.LevelCount(YearMonth.of(2026, 1), PriorityLevel.YELLOW, 1),
				new YouthCounts.LevelCount(YearMonth.of(2026, 2), PriorityLevel.YELLOW, 1),
				new YouthCounts.LevelCount(YearMonth.of(2026, 2), PriorityLevel.GREEN, 1),
				new YouthCounts.LevelCount(YearMonth.of(2026, 3), PriorityLevel.YELLOW, 1),
				new YouthCounts.LevelCount(YearMonth.of(2026, 3), PriorityLevel.GREEN, 1));
		assertThat(statistics.movementsByMonth(java.util.List.of(municipality.teamA), quarter)).containsExactly(
				new YouthCounts.Movement(YearMonth.of(2026, 2), PriorityLevel.RED, PriorityLevel.YELLOW, 1),
				new YouthCounts.Movement(YearMonth.of(2026, 2), PriorityLevel.YELLOW, PriorityLevel.RED, 1));
		assertThat(statistics.youthsPerLevelByMonth(java.util.List.of(municipality.teamB), quarter)).isEmpty();
	}

	@Test
	void aClosedRecordCountsUntilTheMonthItWasClosedAndTheLaterOfTwoChangesOnOneDayHolds() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var closed = YouthFixtures.register(records, worker, "Statistikk Lukket", Birth.year(2009));
		var twice = YouthFixtures.register(records, worker, "Statistikk To ganger", Birth.year(2010));
		var month = YearMonth.now(no.feltlogg.shared.Oslo.ZONE);
		var earlier = month.minusMonths(2).atDay(10);
		AsUser.run(worker, () -> {
			records.changePriority(worker, closed, PriorityLevel.RED, earlier, "Start");
			records.changePriority(worker, twice, PriorityLevel.RED, earlier, "Start");
			records.changePriority(worker, twice, PriorityLevel.GREEN, earlier, "Samme dag, rettet");
			records.close(worker, closed);
		});
		var period = new ReportingPeriod(month.minusMonths(2).atDay(1), month.plusMonths(2).atDay(1));

		assertThat(statistics.youthsPerLevelByMonth(java.util.List.of(municipality.teamA), period)).containsExactly(
				new YouthCounts.LevelCount(month.minusMonths(2), PriorityLevel.RED, 1),
				new YouthCounts.LevelCount(month.minusMonths(2), PriorityLevel.GREEN, 1),
				new YouthCounts.LevelCount(month.minusMonths(1), PriorityLevel.RED, 1),
				new YouthCounts.LevelCount(month.minusMonths(1), PriorityLevel.GREEN, 1),
				new YouthCounts.LevelCount(month, PriorityLevel.RED, 1),
				new YouthCounts.LevelCount(month, PriorityLevel.GREEN, 1),
				new YouthCounts.LevelCount(month.plusMonths(1), PriorityLevel.GREEN, 1));
	}

	@Test
	void worryingDevelopmentIsCountedInDistinctYouthsBySchoolLevel() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var school = catalog.addSchool(municipality.teamA, "Elvedal videregående", SchoolLevel.UPPER_SECONDARY);
		var atSchool = YouthFixtures.register(records, worker, "Bekymring Skole", Birth.year(2011));
		var byAge = YouthFixtures.register(records, worker, "Bekymring Alder", Birth.of(LocalDate.of(2012, 6, 1)));
		var ended = YouthFixtures.register(records, worker, "Bekymring Over", Birth.year(2008));
		AsUser.run(worker, () -> {
			var details = records.forEditing(worker, atSchool).details();
			records.correct(worker, atSchool, records.forEditing(worker, atSchool).getVersion(),
					new YouthDetails(details.name(), details.birth(), details.gender(), null, school.id(), null,
							details.contactIds(), false));
			records.noteConcern(worker, atSchool, ConcernCriterion.VIOLENCE, LocalDate.of(2026, 3, 1), null);
			records.noteConcern(worker, atSchool, ConcernCriterion.THREATS, LocalDate.of(2026, 3, 2), null);
			records.noteConcern(worker, byAge, ConcernCriterion.DRUGS_TRYING, LocalDate.of(2026, 5, 1), null);
			var concern = records.noteConcern(worker, ended, ConcernCriterion.FIGHTS, LocalDate.of(2025, 5, 1), null);
			records.endConcern(worker, ended, concern, LocalDate.of(2025, 12, 1));
		});
		assertThat(statistics.worryingDevelopmentBySchoolLevel(java.util.List.of(municipality.teamA),
				ReportingPeriod.year(2026)))
			.isEqualTo(Map.of(SchoolLevel.UPPER_SECONDARY, 1L, SchoolLevel.LOWER_SECONDARY, 1L));
		assertThat(statistics.worryingDevelopmentBySchoolLevel(java.util.List.of(municipality.teamA),
				ReportingPeriod.year(2025)))
			.isEqualTo(Map.of(SchoolLevel.UPPER_SECONDARY, 1L));
	}

	@Test
	void registeredYouthsAreCountedByGenderWhileTheirConsentIsInForce() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		YouthFixtures.register(records, worker, "Registrert En", Birth.year(2010));
		YouthFixtures.register(records, worker, "Registrert To", Birth.year(2011));
		var today = LocalDate.now(no.feltlogg.shared.Oslo.ZONE);
		var now = new ReportingPeriod(today, today.plusDays(1));
		assertThat(statistics.registeredByGender(java.util.List.of(municipality.teamA), now))
			.isEqualTo(Map.of(no.feltlogg.shared.Gender.GIRL, 2L));
		assertThat(statistics.registeredByGender(java.util.List.of(municipality.teamA),
				new ReportingPeriod(today.minusDays(30), today.minusDays(2))))
			.as("before the consents")
			.isEmpty();
	}

}
