package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthDetails;
import no.feltlogg.youth.YouthRecords;

/**
 * The new-encounter form lists the team's active youths by name to pick those met: one
 * access-log row per view naming exactly those youths, never another team's (issue 12,
 * ADR 0025).
 */
@IntegrationTest
class EncounterYouthPickerAccessLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachViewOfTheFormNamesExactlyTheTeamsActiveYouths() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var colleague = municipality.user(municipality.account(Role.WORKER));
		var outsider = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		var mine = youth(worker, "Mona Mett");
		var colleagues = youth(colleague, "Nora Kollega");
		youth(outsider, "Olga Annet Team");

		for (int view = 1; view <= 2; view++) {
			assertThat(mvc.get().uri("/fieldwork/encounters/new").with(user(worker))).hasStatusOk()
				.bodyText()
				.contains("Mona Mett", "Nora Kollega")
				.doesNotContain("Olga Annet Team");
			var rows = jdbc.queryForList(
					"select id from access_log where account_id = ? and subject = ?"
							+ " and youth_id is null and allowed order by at",
					UUID.class, worker.accountId(), EncounterController.LIST_YOUTH_PICKER);
			assertThat(rows).as("one row per view").hasSize(view);
			assertThat(Set.copyOf(jdbc.queryForList("select youth_id from access_log_youth where access_log_id = ?",
					UUID.class, rows.getLast())))
				.containsExactlyInAnyOrder(mine, colleagues);
		}
	}

	private UUID youth(CurrentUser user, String name) {
		var today = LocalDate.now(Oslo.ZONE);
		return AsUser.call(user,
				() -> records.register(user,
						new YouthDetails(name, Birth.year(today.getYear() - 16), Gender.BOY, null, null, null,
								Set.of(user.accountId()), false),
						NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(30))));
	}

}
