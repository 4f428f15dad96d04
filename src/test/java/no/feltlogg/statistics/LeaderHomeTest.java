package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.referrals.LegalBasis;
import no.feltlogg.referrals.NewReferral;
import no.feltlogg.referrals.ReferralKind;
import no.feltlogg.referrals.Referrals;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
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
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthDetails;
import no.feltlogg.youth.YouthRecords;

/**
 * The leader's home page, "Teamets måned": the team's figures for the month so far, from
 * known data, and no names.
 */
@IntegrationTest
class LeaderHomeTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Referrals referrals;

	@Autowired
	Catalog catalog;

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
	void theLeaderSeesTheTeamsMonthInCountsWithTheMovementSinceLastMonth() throws Exception {
		var lastMonth = today.minusMonths(1);
		// six youths met today, nine last month, and another team's twelve today
		log(worker, today, "6");
		log(worker, lastMonth, "9");
		log(municipality.user(municipality.account(Role.WORKER, municipality.teamB)), today, "12");
		var mia = youth("Mia Berg");
		var jonas = youth("Jonas Lie");
		var ida = youth("Ida Holm");
		AsUser.run(worker, () -> {
			records.changePriority(worker, mia, PriorityLevel.YELLOW, lastMonth, "Vurdering");
			records.changePriority(worker, mia, PriorityLevel.RED, today, "Forverret");
			records.changePriority(worker, jonas, PriorityLevel.RED, today, "Vurdering");
			records.changePriority(worker, ida, PriorityLevel.GREEN, lastMonth, "Vurdering");
		});
		conversation(mia);
		var nav = service(ServiceKind.NAV);
		refer(mia, nav, today.minusDays(10), today.minusDays(1)); // overdue
		refer(jonas, nav, today.minusDays(10), today); // due this week
		refer(ida, nav, today.minusDays(10), today.plusDays(30)); // not yet

		var html = mvc.get()
			.uri("/")
			.with(user(leader))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var month = Jsoup.parse(html).selectFirst("#team-month");
		assertThat(month).isNotNull();
		assertThat(month.selectFirst("h2").text()).startsWith("Teamets måned: ").endsWith(" " + today.getYear());
		assertThat(month.selectFirst("#team-month-encounters dd").text()).isEqualTo("6");
		assertThat(month.selectFirst("#team-month-conversations dd").text()).isEqualTo("1");
		assertThat(month.selectFirst("#team-month-referrals dd").text()).isEqualTo("1 på overtid, 1 denne uken");
		assertThat(month.select("#team-month-priority li").eachText()).containsExactly(
				"Rød: 2 (+2 siden forrige måned)", "Gul: 0 (−1 siden forrige måned)",
				"Grønn: 1 (±0 siden forrige måned)");
		assertThat(month.text()).doesNotContain("Mia").doesNotContain("Jonas").doesNotContain("Ida");
	}

	@Test
	void aWorkersHomeHasNoTeamFigures() {
		assertThat(mvc.get().uri("/").with(user(worker))).hasStatusOk().bodyText().doesNotContain("team-month");
	}

	private void log(CurrentUser who, LocalDate date, String count) {
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", DateFormats.DATE.format(date))
			.param("time", "00:00")
			.param("arena", "street")
			.param("counts[BOY:12-15]", count)
			.with(user(who))
			.with(csrf())).hasRedirectedUrl("/");
	}

	private void conversation(UUID youth) {
		assertThat(mvc.post()
			.uri("/journal/new")
			.param("youth", youth.toString())
			.param("type", "FOLLOW_UP")
			.param("occurredOn", DateFormats.DATE.format(today))
			.param("text", "Snakket om skolen.")
			.param("action", "sign")
			.with(user(worker))
			.with(csrf())).hasStatus3xxRedirection();
	}

	private UUID youth(String name) {
		var details = new YouthDetails(name, Birth.of(today.minusYears(16)), Gender.GIRL, null, null, null,
				Set.of(worker.accountId()), false);
		return AsUser.call(worker, () -> records.register(worker, details,
				NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(60))));
	}

	private void refer(UUID youth, ServiceInfo service, LocalDate on, LocalDate followUp) {
		var consent = AsUser.call(worker, () -> records.giveConsent(worker, youth, new NewConsent(ConsentScope.SHARING,
				service.id(), service.name(), ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(50), null, null)));
		AsUser.call(worker,
				() -> referrals.refer(worker,
						new NewReferral(youth, service.id(), ReferralKind.FORMAL_REFERRAL, on, "Ønsker hjelp.",
								List.of("mental_health"), "Navn og alder.", LegalBasis.CONSENT, consent, null,
								followUp)));
	}

	private ServiceInfo service(ServiceKind kind) {
		return catalog.activeServices(municipality.teamA)
			.stream()
			.filter(s -> s.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

}
