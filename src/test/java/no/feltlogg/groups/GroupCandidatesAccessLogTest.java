package no.feltlogg.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
 * The picker of youths to add to a group is a list of names, logged as one access-log row
 * per view naming exactly the youths it offers (issue 12, ADR 0025); those already in the
 * group, and other teams' youths, are not named.
 */
@IntegrationTest
class GroupCandidatesAccessLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	Groups groups;

	@Autowired
	Participants participants;

	@Autowired
	YouthRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachViewOfThePickerNamesExactlyTheYouthsOffered() {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var outsider = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		var today = LocalDate.now(Oslo.ZONE);
		var group = AsUser.call(worker,
				() -> groups.create(worker,
						new GroupDetails("Jentegruppa", "girls", null, null, null, today.minusDays(7), null, 10,
								EnumSet.of(Recruitment.SCHOOL), false, GroupStatus.RUNNING,
								Set.of(worker.accountId()))));
		var member = youth(worker, "Jenny Medlem", today);
		var free = youth(worker, "Kari Ledig", today);
		youth(outsider, "Lise Annet Team", today);
		AsUser.run(worker, () -> participants.addParticipants(worker, group, List.of(member), today));

		assertThat(mvc.get().uri("/groups/{id}/participants/add", group).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Kari Ledig")
			.doesNotContain("Jenny Medlem", "Lise Annet Team");
		var rows = jdbc.queryForList(
				"select id from access_log where account_id = ? and subject = ?" + " and youth_id is null and allowed",
				UUID.class, worker.accountId(), "groups.list.candidates");
		assertThat(rows).singleElement()
			.satisfies(row -> assertThat(
					jdbc.queryForList("select youth_id from access_log_youth where access_log_id = ?", UUID.class, row))
				.containsExactly(free));
	}

	private UUID youth(CurrentUser user, String name, LocalDate today) {
		return AsUser.call(user,
				() -> records.register(user,
						new YouthDetails(name, Birth.year(today.getYear() - 15), Gender.GIRL, null, null, null,
								Set.of(user.accountId()), false),
						NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(30))));
	}

}
