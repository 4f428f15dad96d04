package no.feltlogg.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.ServiceInfo;
import no.feltlogg.catalog.ServiceKind;
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
import no.feltlogg.youth.YouthDetails;
import no.feltlogg.youth.YouthRecords;

/**
 * Referrals end to end on real PostgreSQL: the gate refuses at the field and lets through
 * what the law allows, the status history keeps who and when and the database keeps what
 * was shared, a withdrawn consent flags open referrals and stops sending, follow-ups past
 * their date remind the worker and the leader, duty referrals notify the leader.
 */
@IntegrationTest
class ReferralsTest {

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
	void aThirteenYearOldsOwnConsentIsNotEnoughForAHealthServiceTheRefusalSaysSoAtTheField() {
		var youth = youth("Mia Berg", today.minusYears(13).minusMonths(3));
		var clinic = service(ServiceKind.YOUTH_HEALTH_CLINIC);
		var youthOnly = consent(youth, ConsentScope.SHARING, clinic, ConsentGiver.YOUTH);

		assertThat(postReferral(youth, clinic, "CONSENT", youthOnly, null)).hasStatusOk()
			.bodyText()
			.contains("Henvisningen er ikke lagret")
			.contains("id=\"consentId-error\"")
			.contains("Samtykke fra foresatt mangler. Ungdommen er 13 år");
		assertThat(count("select count(*) from referral where youth_id = ?", youth)).isZero();

		assertThat(postReferral(youth, clinic, "CONSENT", null, null)).hasStatusOk()
			.bodyText()
			.contains("Uten gyldig samtykke kan ingenting deles med Helsestasjon for ungdom");
		assertThat(mvc.post()
			.uri("/referrals/new")
			.param("youth", youth.toString())
			.param("serviceId", clinic.id().toString())
			.param("form", "FORMAL_REFERRAL")
			.param("referredOn", DateFormats.DATE.format(today))
			.param("reason", "")
			.param("sharedInformation", "")
			.param("legalBasis", "CONSENT")
			.with(user(worker))
			.with(csrf())).as("the gate speaks beside the other missing fields")
			.hasStatusOk()
			.bodyText()
			.contains("id=\"reason-error\"")
			.contains("id=\"sharedInformation-error\"")
			.contains("id=\"consentId-error\"");

		var both = consent(youth, ConsentScope.SHARING, clinic, ConsentGiver.BOTH);
		var made = postReferral(youth, clinic, "CONSENT", both, null);
		assertThat(made).hasStatus(HttpStatus.FOUND);
		var id = idOf(made);
		assertThat(jdbc.queryForObject("select consent_id from referral where id = ?", UUID.class, id)).isEqualTo(both);
		assertThat(logged(youth, worker, "referrals.created", "CHANGE")).isOne();
		assertThat(mvc.get().uri("/referrals/{id}", id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Henvisning til Helsestasjon for ungdom")
			.contains("Ungdommen og foresatt")
			.contains("Planlagt");
		assertThat(logged(youth, worker, "referrals.referral", "READ")).isOne();
		assertThat(mvc.post().uri("/referrals/{id}/seen", id).with(user(leader)).with(csrf()))
			.as("a referral on consent notifies nobody")
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyStatusChangeKeepsWhoAndWhenAndWhatWasSharedNeverChanges() {
		var youth = youth("Jonas Lie", today.minusYears(17));
		var nav = service(ServiceKind.NAV);
		var id = refer(worker, youth, nav, ReferralKind.ACCOMPANIED, LegalBasis.CONSENT,
				consent(youth, ConsentScope.SHARING, nav, ConsentGiver.YOUTH), null, today.minusDays(3), null);
		var colleague = municipality.user(municipality.account(Role.WORKER));

		assertThat(postStatus(id, worker, "COMPLETED", today.minusDays(2), null)).hasStatusOk()
			.bodyText()
			.contains("Henvisningen kan ikke gå til denne statusen herfra");
		assertThat(postStatus(id, worker, "SENT", today.minusDays(2), null)).hasRedirectedUrl("/referrals/" + id);
		assertThat(postStatus(id, colleague, "DECLINED", today.minusDays(1), "")).hasStatusOk()
			.bodyText()
			.contains("Skriv tjenestens begrunnelse for avslaget");
		assertThat(postStatus(id, colleague, "RECEIVED", today.minusDays(1), "Ringte og bekreftet."))
			.hasRedirectedUrl("/referrals/" + id);
		assertThat(postStatus(id, worker, "COMPLETED", today, null)).hasRedirectedUrl("/referrals/" + id);

		var history = jdbc.queryForList("""
				select coalesce(from_status, '-') || '>' || to_status || ' ' || changed_on || ' ' ||
				       (changed_by = ?::uuid)::text || ' ' || coalesce(note, '')
				  from referral_status_change where referral_id = ? order by changed_at""", String.class,
				worker.accountId().toString(), id);
		assertThat(history).containsExactly("->PLANNED " + today.minusDays(3) + " true ",
				"PLANNED>SENT " + today.minusDays(2) + " true ",
				"SENT>RECEIVED " + today.minusDays(1) + " false Ringte og bekreftet.",
				"RECEIVED>COMPLETED " + today + " true ");
		assertThat(logged(youth, colleague, "referrals.status", "CHANGE")).isOne();
		assertThat(mvc.get().uri("/referrals/{id}", id).with(user(worker))).bodyText()
			.contains("Fulgt fysisk til NAV")
			.contains("Ringte og bekreftet.")
			.doesNotContain("id=\"status-form\"");

		assertThatThrownBy(() -> jdbc.update("update referral set shared_information = 'Noe annet' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> jdbc.update("delete from referral_status_change where referral_id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from referral where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot be deleted");

		var declined = refer(worker, youth, nav, ReferralKind.FORMAL_REFERRAL, LegalBasis.CONSENT,
				consent(youth, ConsentScope.SHARING, nav, ConsentGiver.YOUTH), null, today.minusDays(1), null);
		postStatus(declined, worker, "SENT", today.minusDays(1), null);
		assertThat(postStatus(declined, worker, "DECLINED", today, "Ikke i målgruppen; anbefaler NAV-kontoret."))
			.hasRedirectedUrl("/referrals/" + declined);
		assertThat(jdbc.queryForObject("select status from referral where id = ?", String.class, declined))
			.isEqualTo("DECLINED");
	}

	@Test
	void aWithdrawnConsentFlagsOpenReferralsStopsSendingAndKeepsWhatWasShared() {
		var youth = youth("Sara Nilsen", today.minusYears(16).minusDays(40));
		var clinic = service(ServiceKind.YOUTH_HEALTH_CLINIC);
		var consent = consent(youth, ConsentScope.SHARING, clinic, ConsentGiver.YOUTH);
		var planned = refer(worker, youth, clinic, ReferralKind.FORMAL_REFERRAL, LegalBasis.CONSENT, consent, null,
				today.minusDays(5), null);
		var completed = refer(worker, youth, clinic, ReferralKind.PASSING_ON_CONTACT, LegalBasis.CONSENT, consent, null,
				today.minusDays(5), null);
		postStatus(completed, worker, "SENT", today.minusDays(4), null);
		postStatus(completed, worker, "COMPLETED", today.minusDays(3), null);
		var otherWorker = municipality.user(municipality.account(Role.WORKER));

		AsUser.run(otherWorker, () -> records.withdrawConsent(otherWorker, youth, consent, today));

		assertThat(
				jdbc.queryForObject("select consent_withdrawn_on from referral where id = ?", LocalDate.class, planned))
			.isEqualTo(today);
		assertThat(jdbc.queryForObject("select consent_withdrawn_on from referral where id = ?", LocalDate.class,
				completed))
			.as("closed referrals stay as they were")
			.isNull();
		assertThat(jdbc.queryForObject("select shared_information from referral where id = ?", String.class, completed))
			.isEqualTo("Navn, alder og at hun ønsker en samtale om prevensjon.");

		assertThat(mvc.get().uri("/").with(user(worker))).bodyText()
			.contains("id=\"flagged-referrals\"")
			.contains("Sara Nilsen til Helsestasjon for ungdom: samtykket trukket tilbake");
		assertThat(mvc.get().uri("/").with(user(otherWorker))).bodyText().doesNotContain("flagged-referrals");
		assertThat(mvc.get().uri("/referrals/{id}", planned).with(user(worker))).bodyText()
			.contains("id=\"consent-withdrawn\"")
			.contains("Ingenting mer kan deles under dette samtykket");

		assertThat(postStatus(planned, worker, "SENT", today, null)).hasStatusOk()
			.bodyText()
			.contains("id=\"to-error\"")
			.contains("Samtykket ble trukket tilbake " + DateFormats.DATE.format(today));
		assertThat(jdbc.queryForObject("select status from referral where id = ?", String.class, planned))
			.isEqualTo("PLANNED");
		assertThat(postReferral(youth, clinic, "CONSENT", consent, null)).hasStatusOk()
			.bodyText()
			.contains("Samtykket ble trukket tilbake");

		assertThat(postStatus(planned, worker, "CANCELLED", today, "Samtykket trukket."))
			.hasRedirectedUrl("/referrals/" + planned);
		assertThat(mvc.get().uri("/").with(user(worker))).bodyText().doesNotContain("flagged-referrals");
	}

	@Test
	void referralsPastTheirFollowUpDateRemindTheWorkerAndTheLeaderUntilTheStatusChanges() {
		var youth = youth("Emil Haugen", today.minusYears(17));
		var nav = service(ServiceKind.NAV);
		var consent = consent(youth, ConsentScope.SHARING, nav, ConsentGiver.YOUTH);
		var overdue = refer(worker, youth, nav, ReferralKind.FORMAL_REFERRAL, LegalBasis.CONSENT, consent, null,
				today.minusDays(20), today.minusDays(5));
		var notYet = refer(worker, youth, nav, ReferralKind.PASSING_ON_CONTACT, LegalBasis.CONSENT, consent, null,
				today.minusDays(20), today.plusDays(5));

		assertThat(mvc.get().uri("/").with(user(worker))).bodyText()
			.contains("id=\"overdue-referrals\"")
			.contains("Emil Haugen til NAV ungdom: skulle følges opp " + DateFormats.DATE.format(today.minusDays(5)));
		assertThat(AsUser.call(worker, () -> referrals.reminders(worker)).overdue()).extracting(ReferralLine::id)
			.containsExactly(overdue);
		var overview = mvc.get().uri("/referrals/overview").with(user(leader)).exchange();
		assertThat(overview).hasStatusOk().bodyText().contains("id=\"team-overdue\"").contains("/referrals/" + overdue);
		assertThat(overview).bodyText().doesNotContain("/referrals/" + notYet);
		assertThat(mvc.get().uri("/referrals").with(user(worker))).bodyText().contains("Passert");

		postStatus(overdue, worker, "SENT", today, null);
		assertThat(mvc.get().uri("/").with(user(worker))).bodyText().doesNotContain("overdue-referrals");
		assertThat(mvc.get().uri("/referrals/overview").with(user(leader))).bodyText()
			.contains("Ingen henvisninger har passert oppfølgingsdatoen");
	}

	@Test
	void aDutyReferralNeedsAJustificationAndNotifiesTheLeaderUntilSeen() {
		var youth = youth("Nora Dahl", today.minusYears(14));
		var childWelfare = service(ServiceKind.CHILD_WELFARE);
		var nav = service(ServiceKind.NAV);

		assertThat(postReferral(youth, childWelfare, "DUTY_TO_INFORM_CHILD_WELFARE", null, "")).hasStatusOk()
			.bodyText()
			.contains("id=\"justification-error\"")
			.contains("Skriv hvorfor opplysningsplikten gjelder");
		assertThat(postReferral(youth, nav, "DUTY_TO_INFORM_CHILD_WELFARE", null, "Forteller om vold hjemme."))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"legalBasis-error\"")
			.contains("Opplysningsplikten gjelder overfor barnevernstjenesten");

		var made = postReferral(youth, childWelfare, "DUTY_TO_INFORM_CHILD_WELFARE", null,
				"Nora forteller at stefaren slår henne når han drikker.");
		assertThat(made).hasStatus(HttpStatus.FOUND);
		var id = idOf(made);
		assertThat(jdbc.queryForObject(
				"select consent_id is null and leader_seen_at is null from referral where id = ?", Boolean.class, id))
			.isTrue();

		assertThat(mvc.get().uri("/").with(user(leader))).bodyText()
			.contains("id=\"duty-notifications\"")
			.contains("Nora Dahl til Barnevernstjenesten (Opplysningsplikt til barnevernet)");
		assertThat(mvc.get().uri("/").with(user(worker))).bodyText().doesNotContain("duty-notifications");
		assertThat(mvc.post().uri("/referrals/{id}/seen", id).with(user(worker)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(mvc.post().uri("/referrals/{id}/seen", id).with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/referrals/overview");
		assertThat(jdbc.queryForObject("select leader_seen_by from referral where id = ?", UUID.class, id))
			.isEqualTo(leader.accountId());
		assertThat(mvc.get().uri("/").with(user(leader))).bodyText().doesNotContain("duty-notifications");
		assertThat(mvc.get().uri("/referrals/overview").with(user(leader))).bodyText()
			.contains("id=\"notifications-seen\"")
			.contains("Nora Dahl");
		assertThat(mvc.get().uri("/referrals/{id}", id).with(user(worker))).bodyText()
			.contains("Leder er varslet. Sett av Test leader")
			.contains("stefaren slår henne");
		assertThat(logged(youth, leader, "referrals.seen", "CHANGE")).isOne();

		var byLeader = refer(leader, youth, service(ServiceKind.POLICE), ReferralKind.PASSING_ON_CONTACT,
				LegalBasis.DUTY_TO_AVERT, null, "Trusler om å skade seg selv i kveld.", today, null);
		assertThat(jdbc.queryForObject("select leader_seen_by from referral where id = ?", UUID.class, byLeader))
			.as("a leader who makes one has seen it")
			.isEqualTo(leader.accountId());
	}

	@Test
	void anotherTeamsStaffFindNothingAndEveryAttemptIsLoggedAsRefused() {
		var youth = youth("Ida Solheim", today.minusYears(16));
		var nav = service(ServiceKind.NAV);
		var id = refer(worker, youth, nav, ReferralKind.FORMAL_REFERRAL, LegalBasis.DUTY_TO_AVERT, null,
				"Truet en lærer med kniv.", today, null);
		var outsider = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		var outsideLeader = municipality.user(municipality.account(Role.LEADER, municipality.teamB));

		assertThat(mvc.get().uri("/referrals/{id}", id).with(user(outsider))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("Truet en lærer");
		assertThat(postStatus(id, outsider, "SENT", today, null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/referrals/{id}/seen", id).with(user(outsideLeader)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/referrals/new").param("youth", youth.toString()).with(user(outsider)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/referrals/new")
			.param("youth", youth.toString())
			.param("serviceId", nav.id().toString())
			.param("form", "FORMAL_REFERRAL")
			.param("referredOn", DateFormats.DATE.format(today))
			.param("reason", "Forsøk")
			.param("sharedInformation", "Alt")
			.param("legalBasis", "DUTY_TO_AVERT")
			.param("justification", "Forsøk")
			.with(user(outsider))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/referrals/overview").with(user(outsideLeader))).bodyText()
			.doesNotContain("Ida Solheim");

		assertThat(jdbc.queryForObject(
				"select status = 'PLANNED' and leader_seen_at is null from referral where id = ?", Boolean.class, id))
			.isTrue();
		assertThat(jdbc.queryForObject("select count(*) from referral where youth_id = ?", Integer.class, youth))
			.isOne();
		assertThat(jdbc.queryForObject(
				"select count(*) from access_log where youth_id = ? and account_id = ? " + "and not allowed",
				Integer.class, youth, outsider.accountId()))
			.isEqualTo(4);
		assertThat(jdbc.queryForObject(
				"select count(*) from access_log where youth_id = ? and account_id = ? " + "and not allowed",
				Integer.class, youth, outsideLeader.accountId()))
			.isOne();
	}

	@Test
	void sltAndAdministratorGetForbiddenEverywhereAndAWorkerHasNoLeaderOverview() {
		var youth = youth("Lars Moe", today.minusYears(17));
		var nav = service(ServiceKind.NAV);
		var id = refer(worker, youth, nav, ReferralKind.FORMAL_REFERRAL, LegalBasis.CONSENT,
				consent(youth, ConsentScope.SHARING, nav, ConsentGiver.YOUTH), null, today, null);
		for (var role : List.of(Role.SLT, Role.ADMIN)) {
			var other = municipality.user(municipality.account(role));
			for (var path : List.of("/referrals", "/referrals/" + id, "/referrals/new", "/referrals/overview",
					"/referrals/guidance", "/referrals/guidance/new", "/referrals/parents", "/referrals/parents/new")) {
				assertThat(mvc.get().uri(path).with(user(other))).as(role + " " + path).hasStatus(HttpStatus.FORBIDDEN);
			}
			assertThat(postStatus(id, other, "SENT", today, null)).as(role.name()).hasStatus(HttpStatus.FORBIDDEN);
			assertThatThrownBy(() -> AsUser.call(other, () -> referrals.page(other, id))).as(role.name())
				.isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
		}
		assertThat(mvc.get().uri("/referrals/overview").with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForObject("select status from referral where id = ?", String.class, id))
			.isEqualTo("PLANNED");
	}

	@Test
	void theYouthsPageShowsReferralsOnTheTimelineAndTheExportHoldsThem() {
		var youth = youth("Amir Hassan", today.minusYears(16));
		var nav = service(ServiceKind.NAV);
		var id = refer(worker, youth, nav, ReferralKind.ACCOMPANIED, LegalBasis.CONSENT,
				consent(youth, ConsentScope.SHARING, nav, ConsentGiver.YOUTH), null, today, null);

		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).bodyText()
			.contains("Fulgt fysisk til NAV ungdom")
			.contains("href=\"/referrals/" + id + "\"")
			.contains("Samtykke til deling gitt")
			.contains("href=\"/referrals/new?youth=" + youth + "\"");
		assertThat(mvc.get().uri("/youth/{id}/export.json", youth).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("\"referrals\"")
			.contains("Fulgt fysisk")
			.contains("Navn, alder og at hun ønsker en samtale om prevensjon.")
			.contains("Samtykke");
	}

	private MvcTestResult postReferral(UUID youth, ServiceInfo service, String basis, @Nullable UUID consent,
			@Nullable String justification) {
		var request = mvc.post()
			.uri("/referrals/new")
			.param("youth", youth.toString())
			.param("serviceId", service.id().toString())
			.param("form", "FORMAL_REFERRAL")
			.param("referredOn", DateFormats.DATE.format(today))
			.param("reason", "Trenger hjelp med det hun forteller om.")
			.param("themes", "mental_health")
			.param("sharedInformation", "Navn, alder og hva hun har fortalt.")
			.param("legalBasis", basis)
			.param("followUpOn", DateFormats.DATE.format(today.plusDays(14)));
		if (consent != null) {
			request = request.param("consentId", consent.toString());
		}
		if (justification != null) {
			request = request.param("justification", justification);
		}
		return request.with(user(worker)).with(csrf()).exchange();
	}

	private MvcTestResult postStatus(UUID referral, CurrentUser by, String to, LocalDate on, @Nullable String note) {
		var version = jdbc.queryForList("select version from referral where id = ?", Long.class, referral);
		return mvc.post()
			.uri("/referrals/{id}/status", referral)
			.param("to", to)
			.param("on", DateFormats.DATE.format(on))
			.param("note", note == null ? "" : note)
			.param("version", version.isEmpty() ? "0" : version.get(0).toString())
			.with(user(by))
			.with(csrf())
			.exchange();
	}

	private UUID refer(CurrentUser by, UUID youth, ServiceInfo service, ReferralKind form, LegalBasis basis,
			@Nullable UUID consent, @Nullable String justification, LocalDate on, @Nullable LocalDate followUp) {
		return AsUser.call(by,
				() -> referrals.refer(by,
						new NewReferral(youth, service.id(), form, on, "Ønsker hjelp og har bedt oss ta kontakt.",
								List.of("mental_health"), "Navn, alder og at hun ønsker en samtale om prevensjon.",
								basis, consent, justification, followUp)));
	}

	private UUID youth(String name, LocalDate born) {
		var details = new YouthDetails(name, Birth.of(born), Gender.GIRL, null, null, null, Set.of(worker.accountId()),
				false);
		return AsUser.call(worker, () -> records.register(worker, details,
				NewConsent.registration(ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(30))));
	}

	private UUID consent(UUID youth, ConsentScope scope, ServiceInfo service, ConsentGiver givenBy) {
		return AsUser.call(worker, () -> records.giveConsent(worker, youth, new NewConsent(scope, service.id(),
				service.name(), givenBy, HowGiven.ORAL, today.minusDays(25), null, null)));
	}

	private ServiceInfo service(ServiceKind kind) {
		return catalog.activeServices(municipality.teamA)
			.stream()
			.filter(s -> s.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	private static UUID idOf(MvcTestResult result) {
		return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/referrals/".length()));
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	private int logged(UUID youth, CurrentUser by, String subject, String action) {
		return count("select count(*) from access_log where youth_id = ? and account_id = ? and subject = ? "
				+ "and action = ? and allowed", youth, by.accountId(), subject, action);
	}

}
