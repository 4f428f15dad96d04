package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Issue #17 (ADR 0038): priority movements per youth, and registration by name on the
 * youth's own consent.
 */
@IntegrationTest
class CountedPerYouthTest {

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	YouthCounts counts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Several changes inside one period count once per youth, from the level at the start
	 * to the level at the end. Seen failing on the code before it: only changes were
	 * counted (yellow→red and red→yellow, one each), no youths.
	 */
	@Test
	void movementsAreDistinctYouthsFromTheLevelAtTheStartToTheLevelAtTheEnd() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var back = YouthFixtures.register(records, worker, "Bevegelse Tilbake", Birth.year(2009));
		var better = YouthFixtures.register(records, worker, "Bevegelse Bedre", Birth.year(2009));
		var better2 = YouthFixtures.register(records, worker, "Bevegelse Bedre To", Birth.year(2010));
		var newcomer = YouthFixtures.register(records, worker, "Bevegelse Ny", Birth.year(2010));
		var leaving = YouthFixtures.register(records, worker, "Bevegelse Slutter", Birth.year(2008));
		var untouched = YouthFixtures.register(records, worker, "Bevegelse Uten", Birth.year(2008));
		AsUser.run(worker, () -> {
			// yellow before the year; red, then yellow again inside it: yellow to yellow
			records.changePriority(worker, back, PriorityLevel.YELLOW, LocalDate.of(2024, 10, 1), "Start");
			records.changePriority(worker, back, PriorityLevel.RED, LocalDate.of(2025, 2, 3), "Verre");
			records.changePriority(worker, back, PriorityLevel.YELLOW, LocalDate.of(2025, 6, 20), "Bedre");
			// yellow to green by way of red, and yellow to green directly: two youths,
			// not three changes
			records.changePriority(worker, better, PriorityLevel.YELLOW, LocalDate.of(2024, 5, 1), "Start");
			records.changePriority(worker, better, PriorityLevel.RED, LocalDate.of(2025, 3, 1), "Verre");
			records.changePriority(worker, better, PriorityLevel.GREEN, LocalDate.of(2025, 11, 1), "Mye bedre");
			records.changePriority(worker, better2, PriorityLevel.YELLOW, LocalDate.of(2024, 5, 1), "Start");
			records.changePriority(worker, better2, PriorityLevel.GREEN, LocalDate.of(2025, 4, 1), "Bedre");
			// came in during the year, at red then green
			records.changePriority(worker, newcomer, PriorityLevel.RED, LocalDate.of(2025, 1, 15), "Start");
			records.changePriority(worker, newcomer, PriorityLevel.GREEN, LocalDate.of(2025, 9, 15), "Bedre");
			records.changePriority(worker, leaving, PriorityLevel.RED, LocalDate.of(2024, 1, 15), "Start");
		});
		// the record closed today: it left in the period that holds today
		AsUser.run(worker, () -> records.close(worker, leaving));
		var team = List.of(municipality.teamA);

		assertThat(counts.movementsPerYouth(team, ReportingPeriod.year(2025))).containsExactlyInAnyOrder(
				new YouthCounts.YouthMovement(PriorityLevel.YELLOW, PriorityLevel.YELLOW, 1),
				new YouthCounts.YouthMovement(PriorityLevel.YELLOW, PriorityLevel.GREEN, 2),
				new YouthCounts.YouthMovement(null, PriorityLevel.GREEN, 1),
				new YouthCounts.YouthMovement(PriorityLevel.RED, PriorityLevel.RED, 1));
		var today = LocalDate.now(no.feltlogg.shared.Oslo.ZONE);
		var untilToday = new ReportingPeriod(LocalDate.of(2025, 1, 1), today.plusDays(1));
		assertThat(counts.movementsPerYouth(team, untilToday))
			.contains(new YouthCounts.YouthMovement(PriorityLevel.RED, null, 1));
		assertThat(counts.movementsPerYouth(List.of(municipality.teamB), ReportingPeriod.year(2025))).isEmpty();
		assertThat(untouched).isNotNull();
	}

	/**
	 * Seen failing on the code before it: a guardian's consent alone registered the youth
	 * by name.
	 */
	@Test
	void aConsentGivenOnlyByAGuardianDoesNotRegisterAYouthByName() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var name = "Bare Foresatte " + UUID.randomUUID();
		var page = mvc.post()
			.uri("/youth/new")
			.param("name", name)
			.param("birth", "2010")
			.param("gender", "GIRL")
			.param("consentGiven", "true")
			.param("consentGivenBy", "GUARDIAN")
			.param("consentHow", "ORAL")
			.param("consentDate", "01.09.2026")
			.with(user(worker))
			.with(csrf());
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Registrering med navn krever ungdommens eget samtykke")
			.contains("id=\"consentGivenBy-error\"");
		assertThat(jdbc.queryForObject("select count(*) from youth where name = ?", Integer.class, name)).isZero();
	}

}
