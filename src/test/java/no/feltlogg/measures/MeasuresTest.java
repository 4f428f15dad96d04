package no.feltlogg.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;
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
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * Help measures for child welfare end to end on real PostgreSQL: the plan with its goals,
 * the consent the team requires at any age, follow-ups against the goals, the evaluation
 * reminder, the report that leaves only within the consent, the access log, the counts
 * for the annual report, and that nobody outside the youth's team sees a measure.
 */
@IntegrationTest
class MeasuresTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	@Autowired
	MeasureCounts counts;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	LocalDate today = LocalDate.now(Oslo.ZONE);

	UUID youth;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		// 13 years old: the law does not yet ask for the youth's own consent, the team
		// does
		youth = YouthFixtures.register(records, worker, "Tiril Tiltak " + UUID.randomUUID(),
				Birth.of(today.minusYears(13).minusMonths(2)));
	}

	@Test
	void aMeasureWithItsPlanIsMadeOnTheYouthsConsentFollowedUpAgainstAGoalAndLogged() {
		var consent = consent(ConsentGiver.YOUTH);
		var made = postMeasure(consent, "Møte med kontaktperson hver uke\nKomme i gang med en fritidsaktivitet", "2,5",
				today.plusMonths(3));
		assertThat(made).hasStatus(HttpStatus.FOUND);
		var id = idOf(made);
		assertThat(jdbc.queryForObject("select hours_per_week from child_welfare_measure where id = ?",
				BigDecimal.class, id))
			.isEqualByComparingTo("2.5");
		assertThat(jdbc.queryForList(
				"select text from child_welfare_measure_goal where measure_id = ? order by position", String.class, id))
			.containsExactly("Møte med kontaktperson hver uke", "Komme i gang med en fritidsaktivitet");
		assertThat(logged("measures.created", "CHANGE")).isEqualTo(1);

		assertThat(mvc.get().uri("/measures/" + id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Møte med kontaktperson hver uke")
			.contains("Ingen oppfølging er registrert ennå");
		assertThat(logged("measures.measure", "READ")).isEqualTo(1);

		var goal = jdbc.queryForObject(
				"select id from child_welfare_measure_goal where measure_id = ? and position = 1", UUID.class, id);
		assertThat(mvc.post()
			.uri("/measures/" + id + "/follow-ups")
			.param("goalId", goal.toString())
			.param("doneOn", DateFormats.DATE.format(today))
			.param("hours", "1,5")
			.param("note", "Var på prøvetrening i klatreklubben.")
			.with(user(worker))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(logged("measures.followUp", "CHANGE")).isEqualTo(1);
		assertThat(mvc.get().uri("/measures/" + id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Var på prøvetrening i klatreklubben.")
			.contains("id=\"recorded-hours\">1,5<");

		// the youth's page lists the measure in its timeline
		assertThat(mvc.get().uri("/youth/" + youth).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("/measures/" + id);
		// and the access-request export carries the measure with its follow-ups
		assertThat(mvc.get().uri("/youth/" + youth + "/export.json").with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("\"measures\"")
			.contains("Miljøarbeider som støttekontakt")
			.contains("Var på prøvetrening i klatreklubben.");
	}

	@Test
	void theFormSaysAtEachFieldWhatIsWrong() {
		var answer = mvc.post()
			.uri("/measures/new")
			.param("youth", youth.toString())
			.param("title", "")
			.param("decidedOn", "31.02.2020")
			.param("startsOn", DateFormats.DATE.format(today))
			.param("endsOn", DateFormats.DATE.format(today.minusDays(1)))
			.param("hoursPerWeek", "1,55")
			.param("goals", " \n ")
			.param("responsibleId", worker.accountId().toString())
			.param("evaluationOn", DateFormats.DATE.format(today.plusMonths(1)))
			.with(user(worker))
			.with(csrf());
		assertThat(answer).hasStatusOk()
			.bodyText()
			.contains("id=\"title-error\"")
			.contains("id=\"decidedOn-error\"")
			.contains("id=\"endsOn-error\"")
			.contains("Skriv timer per uke som et tall over 0 og høyst 40")
			.contains("id=\"goals-error\"")
			.contains("Ungdommen har ikke samtykket til tiltaket");
		assertThat(
				jdbc.queryForObject("select count(*) from child_welfare_measure where youth_id = ?", Long.class, youth))
			.isZero();
	}

	@Test
	void aGuardiansConsentAloneIsNotEnoughAtAnyAge() {
		var guardianOnly = consent(ConsentGiver.GUARDIAN);
		assertThat(postMeasure(guardianOnly, "Et mål", "2", today.plusMonths(3))).hasStatusOk()
			.bodyText()
			.contains("id=\"consentId-error\"")
			.contains("Samtykket er gitt av foresatt alene");
		var both = consent(ConsentGiver.BOTH);
		assertThat(postMeasure(both, "Et mål", "2", today.plusMonths(3))).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void theReportLeavesOnlyWithinTheConsentAndOpensAsAPdf() throws Exception {
		var consent = consent(ConsentGiver.YOUTH);
		var id = idOf(postMeasure(consent, "Skolegang hver dag", "3", today.plusMonths(3)));

		var report = mvc.get().uri("/measures/" + id + "/report.pdf").with(user(worker)).exchange();
		assertThat(report).hasStatusOk().hasContentType("application/pdf");
		try (var pdf = Loader.loadPDF(report.getResponse().getContentAsByteArray())) {
			var text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Rapport til barnevernet").contains("Skolegang hver dag").contains("Oppfølging");
		}
		assertThat(logged("measures.report", "READ")).isEqualTo(1);

		AsUser.run(worker, () -> records.withdrawConsent(worker, youth, consent, today));
		var refused = mvc.get().uri("/measures/" + id + "/report.pdf").with(user(worker)).exchange();
		assertThat(refused).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("reportRefused", "measures.consent.withdrawn");
		assertThat(logged("measures.report", "READ")).as("nothing left, nothing logged as read").isEqualTo(1);
		assertThat(mvc.get().uri("/measures/" + id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("id=\"consent-refusal\"")
			.contains("Samtykket ble trukket tilbake " + DateFormats.DATE.format(today));
		// and no follow-up can be recorded under the withdrawn consent
		var goal = jdbc.queryForObject("select id from child_welfare_measure_goal where measure_id = ?", UUID.class,
				id);
		assertThat(mvc.post()
			.uri("/measures/" + id + "/follow-ups")
			.param("goalId", goal.toString())
			.param("doneOn", DateFormats.DATE.format(today))
			.param("hours", "1")
			.param("note", "Samtale.")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"goalId-error\"");
	}

	@Test
	void anotherTeamFindsNothingAndTheSltCoordinatorAndAdministratorAreRefused() {
		var id = idOf(postMeasure(consent(ConsentGiver.YOUTH), "Et mål", "2", today.plusMonths(3)));
		var otherWorker = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		for (var path : List.of("/measures/" + id, "/measures/" + id + "/report.pdf")) {
			assertThat(mvc.get().uri(path).with(user(otherWorker))).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri(path).with(user(municipality.user(municipality.account(Role.SLT)))))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri(path).with(user(municipality.user(municipality.account(Role.ADMIN)))))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/measures").with(user(otherWorker))).hasStatusOk()
			.bodyText()
			.doesNotContain("/measures/" + id);
	}

	@Test
	void theResponsibleWorkerIsRemindedOfAnEvaluationDueWithinFourteenDays() {
		var consent = consent(ConsentGiver.YOUTH);
		var soon = idOf(postMeasure(consent, "Et mål", "2", today.plusDays(10)));
		var later = idOf(postMeasure(consent, "Et annet mål", "2", today.plusDays(40)));
		assertThat(mvc.get().uri("/").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("id=\"measure-reminders\"")
			.contains("/measures/" + soon)
			.doesNotContain("/measures/" + later);
		assertThat(jdbc.queryForObject("""
				select count(*) from access_log l join access_log_youth y on y.access_log_id = l.id
				where y.youth_id = ? and l.subject = 'measures.list.reminders'""", Long.class, youth)).isEqualTo(1);
		assertThat(mvc.get().uri("/").with(user(leader))).hasStatusOk()
			.bodyText()
			.as("the leader is not responsible")
			.doesNotContain("id=\"measure-reminders\"");
	}

	@Test
	void theAnnualReportCountsMeasuresYouthsAndHours() {
		var consent = consent(ConsentGiver.YOUTH);
		var id = idOf(postMeasure(consent, "Et mål", "7", today.plusMonths(1)));
		var goal = jdbc.queryForObject("select id from child_welfare_measure_goal where measure_id = ?", UUID.class,
				id);
		jdbc.update("""
				insert into child_welfare_measure_follow_up (id, team_id, measure_id, goal_id, done_on, hours, note,
				  recorded_by, recorded_at) values (?, ?, ?, ?, ?, 2.5, 'Samtale.', ?, now())""", UUID.randomUUID(),
				municipality.teamA, id, goal, today, worker.accountId());
		var totals = counts.totals(Set.of(municipality.teamA), new ReportingPeriod(today, today.plusDays(7)));
		assertThat(totals.measures()).isEqualTo(1);
		assertThat(totals.youths()).isEqualTo(1);
		assertThat(totals.plannedHours()).as("7 hours a week for the 7 days of the period").isEqualTo(7);
		assertThat(totals.recordedHours()).isEqualTo(3);
		assertThat(counts.totals(Set.of(municipality.teamB), new ReportingPeriod(today, today.plusDays(7))).measures())
			.isZero();

		assertThat(mvc.get().uri("/api/v1/statistics/annual?year=" + today.getYear()).with(user(leader))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.childWelfareMeasures.measures")
			.isEqualTo(1);
		assertThat(mvc.get().uri("/statistics/annual?year=" + today.getYear()).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Hjelpetiltak for barnevernet")
			.contains("Timer i hjelpetiltak for barnevernet");
	}

	@Test
	void aRegistrationErasedAsAMistakeTakesItsMeasuresWithIt() {
		var id = idOf(postMeasure(consent(ConsentGiver.YOUTH), "Et mål", "2", today.plusMonths(3)));
		var goal = jdbc.queryForObject("select id from child_welfare_measure_goal where measure_id = ?", UUID.class,
				id);
		assertThat(mvc.post()
			.uri("/measures/" + id + "/follow-ups")
			.param("goalId", goal.toString())
			.param("doneOn", DateFormats.DATE.format(today))
			.param("hours", "1")
			.param("note", "Samtale.")
			.with(user(worker))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post()
			.uri("/youth/" + youth + "/erase")
			.param("reason", "WRONG_PERSON")
			.param("confirmed", "true")
			.with(user(leader))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(jdbc.queryForObject("select count(*) from child_welfare_measure where id = ?", Long.class, id))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from child_welfare_measure_follow_up where measure_id = ?",
				Long.class, id))
			.isZero();
	}

	private UUID consent(ConsentGiver givenBy) {
		return AsUser.call(worker, () -> records.giveConsent(worker, youth, new NewConsent(ConsentScope.CHILD_WELFARE,
				null, null, givenBy, HowGiven.WRITTEN, today.minusDays(3), null, null)));
	}

	private MvcTestResult postMeasure(UUID consent, String goals, String hours, LocalDate evaluationOn) {
		return mvc.post()
			.uri("/measures/new")
			.param("youth", youth.toString())
			.param("title", "Miljøarbeider som støttekontakt")
			.param("decidedOn", DateFormats.DATE.format(today.minusDays(2)))
			.param("startsOn", DateFormats.DATE.format(today))
			.param("endsOn", DateFormats.DATE.format(today.plusMonths(6)))
			.param("hoursPerWeek", hours)
			.param("goals", goals)
			.param("consentId", consent.toString())
			.param("responsibleId", worker.accountId().toString())
			.param("evaluationOn", DateFormats.DATE.format(evaluationOn))
			.with(user(worker))
			.with(csrf())
			.exchange();
	}

	private UUID idOf(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FOUND);
		var location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private long logged(String subject, String action) {
		return jdbc.queryForObject("select count(*) from access_log where youth_id = ? and subject = ? and action = ?",
				Long.class, youth, subject, action);
	}

}
