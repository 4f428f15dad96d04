package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.referrals.Guidance;
import no.feltlogg.referrals.LegalBasis;
import no.feltlogg.referrals.NewReferral;
import no.feltlogg.referrals.ParentChannel;
import no.feltlogg.referrals.ReferralKind;
import no.feltlogg.referrals.Referrals;
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
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The report's referral tables and the API's referral figures against data with known
 * answers.
 */
@IntegrationTest
class ReferralReportTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Referrals referrals;

	@Autowired
	Guidance guidance;

	@Autowired
	Catalog catalog;

	@Test
	void referralsUniqueYouthsAccompaniedAndGuidanceAreCounted() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var leader = municipality.user(municipality.account(Role.LEADER));
		var team = worker.requireTeamId();
		var nav = catalog.activeServices(team)
			.stream()
			.filter(s -> s.kind() == ServiceKind.NAV)
			.findFirst()
			.orElseThrow();
		var day = LocalDate.now(Oslo.ZONE).minusDays(1);
		var youth = YouthFixtures.register(records, worker, "Jonas Ås", Birth.of(LocalDate.of(2006, 2, 2)));
		AsUser.run(worker, () -> {
			var consent = records.giveConsent(worker, youth, new NewConsent(ConsentScope.SHARING, nav.id(), null,
					ConsentGiver.YOUTH, HowGiven.ORAL, day, null, null));
			referrals.refer(worker, new NewReferral(youth, nav.id(), ReferralKind.ACCOMPANIED, day, "Jobb", List.of(),
					"Navn og telefon", LegalBasis.CONSENT, consent, null, null));
			referrals.refer(worker, new NewReferral(youth, nav.id(), ReferralKind.FORMAL_REFERRAL, day, "Oppfølging",
					List.of(), "Navn og telefon", LegalBasis.CONSENT, consent, null, null));
			guidance.recordAnonymous(worker, nav.id(), List.of("work_money"), day, null);
			guidance.recordForParents(worker, ParentChannel.PHONE, List.of("school"), day, null);
			guidance.recordForParents(worker, ParentChannel.IN_PERSON, List.of("family"), day, null);
		});

		var result = mvc.get().uri("/statistics/annual?kind=year&year=" + day.getYear()).with(user(leader)).exchange();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(row(page, "referrals", "Henvisninger og samarbeid")).endsWith("2");
		assertThat(row(page, "referrals", "Unike ungdommer henvist")).endsWith("1");
		assertThat(row(page, "referrals", "Herav fulgt fysisk")).endsWith("1");
		assertThat(row(page, "referrals", "Anonym veiledning om hjelpetilbud")).endsWith("1");
		assertThat(row(page, "referrals", "Råd og veiledning til foresatte")).endsWith("2");
		assertThat(row(page, "referralsByService", nav.name())).containsExactly("2", "1");
		assertThat(row(page, "referralsByForm", "Fulgt fysisk")).containsExactly("1", "1");

		var api = assertThat(mvc.get().uri("/api/v1/statistics/annual?year=" + day.getYear()).with(user(leader)))
			.bodyJson();
		api.extractingPath("$.referrals.total").isEqualTo(2);
		api.extractingPath("$.referrals.uniqueYouths").isEqualTo(1);
		api.extractingPath("$.referrals.accompanied").isEqualTo(1);
		api.extractingPath("$.anonymousGuidance").isEqualTo(1);
		api.extractingPath("$.parentGuidance").isEqualTo(2);
	}

	private static List<String> row(Document page, String table, String label) {
		return page.select("#table-" + table + " tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + label + " in " + table))
			.select("td")
			.eachText();
	}

}
