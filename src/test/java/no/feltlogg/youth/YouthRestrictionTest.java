package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.util.EnumSet;
import java.util.Set;

import no.feltlogg.groups.GroupDetails;
import no.feltlogg.groups.GroupStatus;
import no.feltlogg.groups.Groups;
import no.feltlogg.groups.Participants;
import no.feltlogg.groups.Recruitment;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Restriction of processing (GDPR art. 18, issue 19, ADR 0039): the youth objects, the
 * leader restricts the record, and it is locked for everyone but the leader until she
 * lifts it; both are in the access log; the youth stays counted.
 */
@IntegrationTest
class YouthRestrictionTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	@Autowired
	YouthCounts counts;

	@Autowired
	Groups groups;

	@Autowired
	Participants participants;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
	}

	@Test
	void aRestrictedRecordOpensToTheLeaderAloneUntilSheLiftsItAndBothAreLogged() {
		var name = "Rikke Begrenset " + UUID.randomUUID().toString().substring(0, 6);
		var youth = YouthFixtures.register(records, worker, name, Birth.year(2009));
		var today = LocalDate.now(Oslo.ZONE);
		var group = AsUser.call(worker,
				() -> groups.create(worker, new GroupDetails("Jentegruppa", "girls", null, null, null, today, null, 10,
						EnumSet.of(Recruitment.SCHOOL), false, GroupStatus.RUNNING, Set.of(worker.accountId()))));
		AsUser.run(worker, () -> participants.addParticipants(worker, group, List.of(youth), today));
		var period = ReportingPeriod.year(LocalDate.now(Oslo.ZONE).getYear());
		var counted = counts.registeredByGender(List.of(municipality.teamA), period);

		assertThat(mvc.get().uri("/youth/{id}/restriction", youth).with(user(worker))).as("a worker cannot restrict")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/youth/{id}/restriction", youth).param("reason", "").with(user(leader)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"reason-error\"");
		var reason = "Ungdommen protesterer mot at vi bruker opplysningene";
		assertThat(mvc.post()
			.uri("/youth/{id}/restriction", youth)
			.param("reason", reason)
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/youth/" + youth);

		// the worker, although her contact worker, sees that it is restricted and can
		// neither open nor change it
		assertThat(mvc.get().uri("/youth").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains(name)
			.contains("Begrenset behandling");
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Journalen er begrenset")
			.doesNotContain(name);
		assertThat(mvc.get().uri("/youth/{id}/edit", youth).with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/youth/{id}/close", youth).with(user(worker)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/journal/new").param("youth", youth.toString()).with(user(worker)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri("/youth/{id}/need-to-know", youth)
			.param("reason", "Dekker vakt for kontaktpersonen i kveld")
			.with(user(worker))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).as("a reason does not open it")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForObject("select status from youth where id = ?", String.class, youth))
			.isEqualTo("ACTIVE");
		assertThat(mvc.get().uri("/fieldwork/encounters/new").with(user(worker))).as("not offered in the picker")
			.hasStatusOk()
			.bodyText()
			.doesNotContain(name);
		assertThat(mvc.get().uri("/groups/{id}", group).with(user(worker))).as("the group's page still opens")
			.hasStatusOk()
			.bodyText()
			.doesNotContain(name + "<");

		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains(name)
			.contains("Behandlingen er begrenset")
			.contains(reason);
		assertThat(counts.registeredByGender(List.of(municipality.teamA), period)).as("still counted")
			.isEqualTo(counted);

		assertThat(mvc.post().uri("/youth/{id}/restriction/lift", youth).with(user(worker)).with(csrf()))
			.as("a worker cannot lift it")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/youth/{id}/restriction/lift", youth).with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/youth/" + youth);
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).hasStatusOk().bodyText().contains(name);

		assertThat(jdbc.queryForList(
				"select subject || ':' || coalesce(detail, '') from access_log "
						+ "where youth_id = ? and account_id = ? and action = 'CHANGE' order by at",
				String.class, youth, leader.accountId()))
			.containsExactly("youth.restricted:" + reason, "youth.restrictionLifted:");
		assertThat(
				jdbc.queryForObject(
						"select count(*) from access_log where youth_id = ? and account_id = ? "
								+ "and not allowed and detail = 'restricted'",
						Integer.class, youth, worker.accountId()))
			.as("each refusal of the worker is logged")
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void anotherTeamsLeaderFindsNothingToRestrict() {
		var youth = YouthFixtures.register(records, worker, "Annen Leder " + UUID.randomUUID(), Birth.year(2009));
		var otherLeader = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		assertThat(mvc.post()
			.uri("/youth/{id}/restriction", youth)
			.param("reason", "Ungdommen protesterer mot bruken")
			.with(user(otherLeader))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(jdbc.queryForObject("select count(*) from youth_processing_restriction where youth_id = ?",
				Integer.class, youth))
			.isZero();
	}

	@Test
	void theYouthsPageIsPublicPrintableAndLinkedFromTheConsentForms() {
		assertThat(mvc.get().uri("/rights")).hasStatusOk()
			.bodyText()
			.contains("Dette lagrer vi om deg")
			.contains("12 måneder")
			.contains("Datatilsynet")
			.contains("personvernombud");
		assertThat(mvc.get().uri("/css/app.css")).bodyText().contains("@media print");
		assertThat(mvc.get().uri("/youth/new").with(user(worker))).bodyText().contains("href=\"/rights\"");
		var youth = YouthFixtures.register(records, worker, "Lenke Samtykke " + UUID.randomUUID(), Birth.year(2009));
		assertThat(mvc.get().uri("/youth/{id}/consents/new", youth).with(user(worker))).bodyText()
			.contains("href=\"/rights\"");
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).bodyText().contains("href=\"/rights\"");
	}

}
