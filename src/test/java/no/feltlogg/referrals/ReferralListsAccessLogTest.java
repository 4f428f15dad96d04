package no.feltlogg.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.audit.AccessLogEntry;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
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
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthDetails;
import no.feltlogg.youth.YouthRecords;

/**
 * The referral lists are logged reads (issue 12, ADR 0025): the worker's list, the home
 * page's reminders, the leader's overview and the choice of a youth for a new referral
 * each write exactly one access-log row per view, naming exactly the youths shown (never
 * another team's), and the youth's access log finds it.
 */
@IntegrationTest
class ReferralListsAccessLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Referrals referrals;

	@Autowired
	YouthRecords records;

	@Autowired
	Catalog catalog;

	@Autowired
	AccessLog accessLog;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	LocalDate today = LocalDate.now(Oslo.ZONE);

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
	}

	@Test
	void eachReferralListNamesExactlyTheYouthsItShows() {
		var nav = service(ServiceKind.NAV);
		var overdue = youth(worker, "Frida Overdue");
		refer(overdue, nav, today.minusDays(5));
		var later = youth(worker, "Gina Later");
		refer(later, nav, today.plusDays(5));
		var none = youth(worker, "Hanna Ingen");
		var outsider = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		var otherTeam = youth(outsider, "Ida Annet Team");
		refer(otherTeam, serviceOf(municipality.teamB, ServiceKind.NAV), outsider, today.minusDays(5));

		assertThat(mvc.get().uri("/referrals").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Frida Overdue", "Gina Later")
			.doesNotContain("Hanna Ingen");
		assertThat(shownBy(worker, "referrals.list.mine")).containsExactly(Set.of(overdue, later));

		assertThat(mvc.get().uri("/").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Frida Overdue")
			.doesNotContain("Gina Later");
		assertThat(shownBy(worker, "referrals.list.reminders")).containsExactly(Set.of(overdue));

		assertThat(mvc.get().uri("/referrals/overview").with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Frida Overdue")
			.doesNotContain("Gina Later", "Ida Annet Team");
		assertThat(shownBy(leader, "referrals.list.overview")).containsExactly(Set.of(overdue));

		assertThat(mvc.get().uri("/referrals/new").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Frida Overdue", "Gina Later", "Hanna Ingen")
			.doesNotContain("Ida Annet Team");
		assertThat(shownBy(worker, "referrals.list.chooseYouth")).containsExactly(Set.of(overdue, later, none));

		assertThat(AsUser.call(leader, () -> accessLog.forYouth(overdue))).extracting(AccessLogEntry::subject)
			.contains("referrals.list.mine", "referrals.list.reminders", "referrals.list.overview",
					"referrals.list.chooseYouth");
		assertThat(AsUser.call(leader, () -> accessLog.forYouth(none))).extracting(AccessLogEntry::subject)
			.contains("referrals.list.chooseYouth")
			.doesNotContain("referrals.list.mine", "referrals.list.overview");
	}

	/** The youths named by each row of one kind that an account wrote, oldest first. */
	private List<Set<UUID>> shownBy(CurrentUser by, String subject) {
		return jdbc
			.queryForList("select id from access_log where account_id = ? and subject = ? and youth_id is null"
					+ " and allowed order by at", UUID.class, by.accountId(), subject)
			.stream()
			.map(row -> Set.copyOf(jdbc.queryForList("select youth_id from access_log_youth where access_log_id = ?",
					UUID.class, row)))
			.toList();
	}

	private void refer(UUID youth, ServiceInfo service, LocalDate followUp) {
		refer(youth, service, worker, followUp);
	}

	private void refer(UUID youth, ServiceInfo service, CurrentUser by, LocalDate followUp) {
		var consent = AsUser.call(by, () -> records.giveConsent(by, youth, new NewConsent(ConsentScope.SHARING,
				service.id(), service.name(), ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(25), null, null)));
		AsUser.call(by,
				() -> referrals.refer(by,
						new NewReferral(youth, service.id(), ReferralKind.FORMAL_REFERRAL, today.minusDays(20),
								"Ønsker hjelp og har bedt oss ta kontakt.", List.of("mental_health"), "Navn og alder.",
								LegalBasis.CONSENT, consent, null, followUp)));
	}

	private UUID youth(CurrentUser by, String name) {
		var details = new YouthDetails(name, Birth.of(today.minusYears(17)), Gender.GIRL, null, null, null,
				Set.of(by.accountId()), false);
		return AsUser.call(by, () -> records.register(by, details,
				NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(30))));
	}

	private ServiceInfo service(ServiceKind kind) {
		return serviceOf(municipality.teamA, kind);
	}

	private ServiceInfo serviceOf(UUID team, ServiceKind kind) {
		return catalog.activeServices(team).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
	}

}
