package no.feltlogg.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;
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
 * The counts the statistics module reads: referrals and unique youths by service, kind,
 * form and status, accompanied referrals, anonymous guidance and guidance to parents, per
 * team or over several; and the guidance forms that feed them, which refuse anything that
 * identifies someone.
 */
@IntegrationTest
class ReferralCountsTest {

	static final LocalDate DAY = LocalDate.of(2025, 3, 14);

	static final ReportingPeriod YEAR = ReportingPeriod.year(2025);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Referrals referrals;

	@Autowired
	Guidance guidance;

	@Autowired
	ReferralCounts counts;

	@Autowired
	YouthRecords records;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	@Test
	void referralsAndUniqueYouthsAreCountedByServiceKindFormAndStatus() {
		var clinic = service(municipality.teamA, ServiceKind.YOUTH_HEALTH_CLINIC);
		var nav = service(municipality.teamA, ServiceKind.NAV);
		var childWelfare = service(municipality.teamA, ServiceKind.CHILD_WELFARE);
		var emma = youth(worker, "Emma");
		var ola = youth(worker, "Ola");
		var emmaClinic = consent(worker, emma, clinic);
		var olaNav = consent(worker, ola, nav);

		var accompanied = refer(worker, emma, clinic, ReferralKind.ACCOMPANIED, emmaClinic, DAY);
		referrals(worker, accompanied, ReferralStatus.SENT, ReferralStatus.COMPLETED);
		refer(worker, emma, clinic, ReferralKind.FORMAL_REFERRAL, emmaClinic, DAY.plusMonths(2));
		var declined = refer(worker, ola, nav, ReferralKind.PASSING_ON_CONTACT, olaNav, DAY);
		referrals(worker, declined, ReferralStatus.SENT, ReferralStatus.DECLINED);
		var cancelled = refer(worker, ola, nav, ReferralKind.FORMAL_REFERRAL, olaNav, DAY);
		referrals(worker, cancelled, ReferralStatus.CANCELLED);
		AsUser.call(worker,
				() -> referrals.refer(worker,
						new NewReferral(ola, childWelfare.id(), ReferralKind.COOPERATION_MEETING, DAY.plusMonths(2),
								"Bekymring", List.of(), "Bekymringen", LegalBasis.DUTY_TO_INFORM_CHILD_WELFARE, null,
								"Forteller om vold hjemme.", null)));
		refer(worker, emma, clinic, ReferralKind.FORMAL_REFERRAL, emmaClinic, LocalDate.of(2026, 1, 2));

		var teamA = List.of(municipality.teamA);
		assertThat(counts.totals(teamA, YEAR)).as("the cancelled one and next year's left out")
			.isEqualTo(new ReferralCounts.Totals(4, 2, 1, 0, 0));
		assertThat(counts.byService(teamA, YEAR)).containsExactlyInAnyOrder(
				new ReferralCounts.ServiceCount(clinic.id(), clinic.name(), ServiceKind.YOUTH_HEALTH_CLINIC, 2, 1),
				new ReferralCounts.ServiceCount(nav.id(), nav.name(), ServiceKind.NAV, 1, 1),
				new ReferralCounts.ServiceCount(childWelfare.id(), childWelfare.name(), ServiceKind.CHILD_WELFARE, 1,
						1));
		assertThat(counts.byForm(teamA, YEAR)).containsExactlyInAnyOrder(
				new ReferralCounts.FormCount(ReferralKind.ACCOMPANIED, 1, 1),
				new ReferralCounts.FormCount(ReferralKind.FORMAL_REFERRAL, 1, 1),
				new ReferralCounts.FormCount(ReferralKind.PASSING_ON_CONTACT, 1, 1),
				new ReferralCounts.FormCount(ReferralKind.COOPERATION_MEETING, 1, 1));
		assertThat(counts.byStatus(teamA, YEAR)).containsExactlyInAnyOrder(
				new ReferralCounts.StatusCount(ReferralStatus.PLANNED, 2, 2),
				new ReferralCounts.StatusCount(ReferralStatus.COMPLETED, 1, 1),
				new ReferralCounts.StatusCount(ReferralStatus.DECLINED, 1, 1),
				new ReferralCounts.StatusCount(ReferralStatus.CANCELLED, 1, 1));
		assertThat(counts.byTheme(teamA, YEAR)).containsExactly(new ReferralCounts.ThemeCount("mental_health", 3));
		assertThat(counts.byMonth(teamA, YEAR)).containsExactly(
				new ReferralCounts.MonthCount(YearMonth.of(2025, 3), 2, 2, 0, 0),
				new ReferralCounts.MonthCount(YearMonth.of(2025, 5), 2, 2, 0, 0));

		var otherWorker = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		var otherNav = service(municipality.teamB, ServiceKind.NAV);
		var kari = youth(otherWorker, "Kari");
		refer(otherWorker, kari, otherNav, ReferralKind.FORMAL_REFERRAL, consent(otherWorker, kari, otherNav), DAY);
		assertThat(counts.totals(List.of(municipality.teamB), YEAR))
			.isEqualTo(new ReferralCounts.Totals(1, 1, 0, 0, 0));
		assertThat(counts.byServiceKind(List.of(municipality.teamA, municipality.teamB), YEAR))
			.as("the SLT view over several teams")
			.containsExactly(new ReferralCounts.KindCount(ServiceKind.NAV, 2, 2),
					new ReferralCounts.KindCount(ServiceKind.YOUTH_HEALTH_CLINIC, 2, 1),
					new ReferralCounts.KindCount(ServiceKind.CHILD_WELFARE, 1, 1));
	}

	@Test
	void guidanceIsLoggedInAFewTapsWithoutAnythingThatIdentifiesAndCountedApart() {
		var clinic = service(municipality.teamA, ServiceKind.YOUTH_HEALTH_CLINIC);
		var today = no.feltlogg.shared.Oslo.date(java.time.Instant.now());
		var period = new ReportingPeriod(today.minusDays(1), today.plusDays(1));
		var teamA = List.of(municipality.teamA);

		assertThat(mvc.post()
			.uri("/referrals/guidance/new")
			.param("serviceId", clinic.id().toString())
			.param("themes", "sexuality")
			.param("guidedOn", DateFormats.DATE.format(today))
			.param("note", "Ring henne på 912 34 567")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"note-error\"").contains("telefonnummer");
		assertThat(mvc.post()
			.uri("/referrals/guidance/new")
			.param("serviceId", clinic.id().toString())
			.param("themes", "sexuality", "not-a-theme")
			.param("guidedOn", DateFormats.DATE.format(today))
			.param("note", "Spurte om prevensjon")
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/referrals/guidance");
		assertThat(mvc.post()
			.uri("/referrals/guidance/new")
			.param("guidedOn", DateFormats.DATE.format(today.plusDays(1)))
			.with(user(worker))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"serviceId-error\"")
			.contains("id=\"guidedOn-error\"");

		assertThat(mvc.post()
			.uri("/referrals/parents/new")
			.param("channel", "PHONE")
			.param("themes", "cannabis")
			.param("guidedOn", DateFormats.DATE.format(today))
			.param("note", "mor@example.no")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("e-postadresse");
		for (var channel : List.of("PHONE", "IN_PERSON", "PHONE")) {
			assertThat(mvc.post()
				.uri("/referrals/parents/new")
				.param("channel", channel)
				.param("themes", "cannabis")
				.param("guidedOn", DateFormats.DATE.format(today))
				.with(user(worker))
				.with(csrf())).hasRedirectedUrl("/referrals/parents");
		}

		assertThat(counts.totals(teamA, period)).isEqualTo(new ReferralCounts.Totals(0, 0, 0, 1, 3));
		assertThat(counts.anonymousGuidanceByServiceKind(teamA, period))
			.containsExactly(new ReferralCounts.GuidanceKindCount(ServiceKind.YOUTH_HEALTH_CLINIC, 1));
		assertThat(counts.parentGuidanceByChannel(teamA, period)).containsExactly(
				new ReferralCounts.ChannelCount(ParentChannel.IN_PERSON, 1),
				new ReferralCounts.ChannelCount(ParentChannel.PHONE, 2));
		assertThat(counts.totals(List.of(municipality.teamB), period))
			.isEqualTo(new ReferralCounts.Totals(0, 0, 0, 0, 0));
		assertThat(jdbc.queryForObject(
				"select array_to_string(themes, ',') || '|' || note from anonymous_guidance " + "where team_id = ?",
				String.class, municipality.teamA))
			.isEqualTo("sexuality|Spurte om prevensjon");

		assertThat(mvc.get().uri("/referrals/guidance").with(user(worker))).bodyText()
			.contains("Helsestasjon for ungdom")
			.contains("Seksualitet og grenser");
		assertThat(mvc.get().uri("/referrals/parents").with(user(worker))).bodyText()
			.contains("Telefon")
			.contains("Cannabis");
		var outsider = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		assertThat(mvc.get().uri("/referrals/guidance").with(user(outsider))).bodyText()
			.doesNotContain("Spurte om prevensjon");
	}

	private void referrals(CurrentUser by, UUID referral, ReferralStatus... steps) {
		for (var step : steps) {
			var version = jdbc.queryForObject("select version from referral where id = ?", Long.class, referral);
			AsUser.run(by, () -> referrals.changeStatus(by, referral, version, step, DAY.plusDays(1),
					step == ReferralStatus.DECLINED ? "Ikke i målgruppen" : null, null));
		}
	}

	private UUID refer(CurrentUser by, UUID youth, ServiceInfo service, ReferralKind form, @Nullable UUID consent,
			LocalDate on) {
		return AsUser.call(by, () -> referrals.refer(by, new NewReferral(youth, service.id(), form, on, "Trenger hjelp",
				List.of("mental_health"), "Navn og behov", LegalBasis.CONSENT, consent, null, null)));
	}

	private UUID youth(CurrentUser by, String name) {
		var details = new YouthDetails(name + " " + UUID.randomUUID().toString().substring(0, 4),
				Birth.of(LocalDate.of(2008, 2, 1)), Gender.GIRL, null, null, null, Set.of(by.accountId()), false);
		return AsUser.call(by, () -> records.register(by, details,
				NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, DAY.minusMonths(1))));
	}

	private UUID consent(CurrentUser by, UUID youth, ServiceInfo service) {
		return AsUser.call(by, () -> records.giveConsent(by, youth, new NewConsent(ConsentScope.SHARING, service.id(),
				service.name(), ConsentGiver.YOUTH, HowGiven.WRITTEN, DAY.minusMonths(1), null, null)));
	}

	private ServiceInfo service(UUID team, ServiceKind kind) {
		return catalog.activeServices(team).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
	}

}
