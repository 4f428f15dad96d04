package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.catalog.ServiceKind;
import no.feltlogg.journal.EntryContent;
import no.feltlogg.journal.EntryType;
import no.feltlogg.journal.Journal;
import no.feltlogg.referrals.Guidance;
import no.feltlogg.referrals.LegalBasis;
import no.feltlogg.referrals.NewReferral;
import no.feltlogg.referrals.ParentChannel;
import no.feltlogg.referrals.ReferralKind;
import no.feltlogg.referrals.ReferralStatus;
import no.feltlogg.referrals.Referrals;
import no.feltlogg.retention.Retention;
import no.feltlogg.retention.RetentionRules;
import no.feltlogg.retention.RuleKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.ConcernCriterion;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.PriorityLevel;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * Anonymise, don't break (issue 19): on data with every kind of record the retention run
 * touches, the annual report's typed figures, the statistics API's JSON, the CSV export
 * and the SLT trends are the same before and after a run that anonymised the youths,
 * blanked the notes and the closed referrals' text. Were the run to lose what the counts
 * need (the birth year, the gender, a school a concern's level comes from, a date, a
 * link), a figure would differ.
 */
@IntegrationTest
class RetentionKeepsStatisticsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Journal journal;

	@Autowired
	Referrals referrals;

	@Autowired
	Guidance guidance;

	@Autowired
	Catalog catalog;

	@Autowired
	AnnualReports reports;

	@Autowired
	RetentionRules rules;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void everyFigureIsTheSameBeforeAndAfterARun() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var leader = municipality.user(municipality.account(Role.LEADER));
		var slt = municipality.user(municipality.account(Role.SLT));
		var admin = municipality.user(municipality.account(Role.ADMIN));
		var team = worker.requireTeamId();
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		int lastYear = today.getYear() - 1;
		var yesterday = today.minusDays(1);

		// a youth on an age boundary (15 or 16 by her birthday) with a concern and a
		// school the concern's level comes
		// from; a boy without concern, whose school counts nowhere; one with a concern
		// and no school (level by age)
		var ada = YouthFixtures.register(records, worker, "Ada Åse", Birth.of(LocalDate.of(lastYear - 16, 10, 15)));
		var bo = YouthFixtures.register(records, worker, "Bo Berg", Birth.of(LocalDate.of(lastYear - 13, 2, 1)));
		var cia = YouthFixtures.register(records, worker, "Cia Dal", Birth.of(LocalDate.of(lastYear - 18, 11, 30)));
		var schools = catalog.all(team, CodeKind.SCHOOL);
		if (!schools.isEmpty()) {
			jdbc.sql(
					"update youth set school_id = ?, phone = '99999999', home_municipality = 'Nordby' where id in (?, ?)")
				.params(schools.get(0).id(), ada, bo)
				.update();
		}
		jdbc.sql("update youth set gender = 'BOY' where id = ?").param(bo).update();
		var nav = catalog.activeServices(team)
			.stream()
			.filter(s -> s.kind() == ServiceKind.NAV)
			.findFirst()
			.orElseThrow();
		AsUser.run(worker, () -> {
			for (var youth : List.of(ada, bo, cia)) {
				journal.write(worker, youth, content(EntryType.FOLLOW_UP, LocalDate.of(lastYear, 2, 3)), true);
				journal.write(worker, youth, content(EntryType.PHONE_DIGITAL, LocalDate.of(lastYear, 5, 10)), true);
				journal.write(worker, youth, content(EntryType.NOTE, LocalDate.of(lastYear, 6, 1)), true);
				journal.write(worker, youth, content(EntryType.FOLLOW_UP, yesterday), true);
				journal.write(worker, youth, content(EntryType.FOLLOW_UP, yesterday), false);
			}
			journal.recordAnonymous(worker, EntryType.FOLLOW_UP, LocalDate.of(lastYear, 4, 1), 30, List.of("school"));
			records.changePriority(worker, ada, PriorityLevel.YELLOW, LocalDate.of(lastYear, 1, 10),
					"Første vurdering");
			records.changePriority(worker, ada, PriorityLevel.RED, LocalDate.of(lastYear, 3, 20),
					"Ny informasjon om Ada");
			records.changePriority(worker, cia, PriorityLevel.RED, LocalDate.of(lastYear, 1, 15), "Første vurdering");
			records.noteConcern(worker, ada, ConcernCriterion.FIGHTS, LocalDate.of(lastYear, 3, 20),
					"Slåsskamp ved Ada");
			records.noteConcern(worker, cia, ConcernCriterion.DRUGS_USING, LocalDate.of(lastYear, 9, 1), null);
			var consent = records.giveConsent(worker, ada, new NewConsent(ConsentScope.SHARING, nav.id(), null,
					ConsentGiver.YOUTH, HowGiven.WRITTEN, yesterday, null, "Skriftlig samtykke fra Ada"));
			var done = referrals.refer(worker, new NewReferral(ada, nav.id(), ReferralKind.ACCOMPANIED, yesterday,
					"Ada trenger jobb", List.of(), "Adas telefonnummer", LegalBasis.CONSENT, consent, null, null));
			var declined = referrals.refer(worker, new NewReferral(ada, nav.id(), ReferralKind.FORMAL_REFERRAL,
					yesterday, "Oppfølging", List.of(), "Navn og telefon", LegalBasis.CONSENT, consent, null, null));
			referrals.changeStatus(worker, done, ReferralStatus.SENT, yesterday, null);
			referrals.changeStatus(worker, done, ReferralStatus.COMPLETED, yesterday, "Ada fikk jobb");
			referrals.changeStatus(worker, declined, ReferralStatus.SENT, yesterday, null);
			referrals.changeStatus(worker, declined, ReferralStatus.DECLINED, yesterday, "Ada ville ikke");
			guidance.recordAnonymous(worker, nav.id(), List.of("work_money"), LocalDate.of(lastYear, 3, 3),
					"Gutt på 15");
			guidance.recordForParents(worker, ParentChannel.PHONE, List.of("school"), LocalDate.of(lastYear, 3, 4),
					"Mor ringte om sønnen");
		});
		encountersAndObservations(team, worker, ada, lastYear);
		AsUser.run(worker, () -> List.of(ada, bo, cia).forEach(youth -> records.close(worker, youth)));
		jdbc.sql("update youth set closed_on = ? where id in (?, ?, ?)")
			.params(today.minusMonths(18), ada, bo, cia)
			.update();
		jdbc.sql("update referral set status_changed_on = ? where youth_id = ? and status in ('COMPLETED', 'DECLINED')")
			.params(today.minusMonths(18), ada)
			.update();

		var before = figures(leader, slt, lastYear, today);

		AsUser.run(admin,
				() -> rules.confirm(
						municipality.id, admin.accountId(), Map.of(RuleKind.YOUTH_RECORD, 12, RuleKind.FIELD_NOTES, 12,
								RuleKind.GUIDANCE_NOTES, 12, RuleKind.ACCESS_LOG, 120, RuleKind.REFERRAL_TEXT, 12),
						Map.of()));
		var outcome = retention.run(municipality.id, Retention.StartedBy.ADMIN);
		assertThat(outcome).isNotNull();
		assertThat(outcome.anonymised()).isEqualTo(3);
		assertThat(outcome.blanked()).as("encounter, observation, two guidance notes").isGreaterThanOrEqualTo(4);

		// the run did take what identifies them
		assertThat(jdbc
			.sql("select count(*) from youth where id in (?, ?, ?) and name = 'Anonymisert' and birth_date is null"
					+ " and phone is null and home_municipality is null")
			.params(ada, bo, cia)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc
			.sql("select count(*) from journal_entry where youth_id in (?, ?, ?) and text is not null"
					+ " and text <> '[anonymisert]'")
			.params(ada, bo, cia)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from consent where youth_id = ? and note is not null")
			.param(ada)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select string_agg(reason || shared_information, '') from referral where youth_id = ?")
			.param(ada)
			.query(String.class)
			.single()).doesNotContain("Ada");

		var after = figures(leader, slt, lastYear, today);
		for (var key : before.keySet()) {
			assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
		}
	}

	private void encountersAndObservations(UUID team, CurrentUser worker, UUID youth, int year) {
		var arena = catalog.active(team, CodeKind.ARENA).get(0).code();
		var band = catalog.active(team, CodeKind.AGE_BAND).get(0).code();
		var area = catalog.active(team, CodeKind.AREA).get(0).id();
		for (var month : List.of(3, 8)) {
			var encounter = UUID.randomUUID();
			var day = LocalDate.of(year, month, 12);
			jdbc.sql(
					"""
							insert into encounter (id, team_id, occurred_at, local_date, local_hour, arena_code, area_id, themes,
							                       note, total, registered_count, created_by, created_at)
							values (?, ?, ?, ?, 20, ?, ?, '{school}', 'Snakket med Ada om skolen', 3, 1, ?, now())""")
				.params(encounter, team, java.sql.Timestamp.from(day.atTime(20, 0).atZone(Oslo.ZONE).toInstant()), day,
						arena, area, worker.accountId())
				.update();
			jdbc.sql("insert into encounter_count (encounter_id, gender, age_band, count) values (?, 'GIRL', ?, 2)")
				.params(encounter, band)
				.update();
			jdbc.sql("insert into encounter_youth (encounter_id, youth_id, gender, age_band) values (?, ?, 'GIRL', ?)")
				.params(encounter, youth, band)
				.update();
			jdbc.sql("""
					insert into field_observation (id, team_id, observed_at, local_date, area_id, kinds, severity, note,
					                               created_by, created_at)
					values (?, ?, ?, ?, ?, '{GATHERING}', 'LOW', 'Gjeng ved stasjonen', ?, now())""")
				.params(UUID.randomUUID(), team,
						java.sql.Timestamp.from(day.atTime(21, 0).atZone(Oslo.ZONE).toInstant()), day, area,
						worker.accountId())
				.update();
		}
	}

	/**
	 * Everything the figures are read from, as comparable values: typed tables, JSON and
	 * CSV text.
	 */
	private Map<String, Object> figures(CurrentUser leader, CurrentUser slt, int lastYear, LocalDate today)
			throws Exception {
		var figures = new LinkedHashMap<String, Object>();
		for (int year : new int[] { lastYear, today.getYear() }) {
			var report = AsUser.call(leader, () -> reports.report(leader, ReportingPeriod.year(year), Locale.of("nb")));
			for (var section : report.sections()) {
				var table = section.table();
				var values = new ArrayList<List<Long>>();
				for (var row : table.values()) {
					values.add(Arrays.stream(row).boxed().toList());
				}
				figures.put("report " + year + " " + table.id(), List.of(table.rows(), table.columns(), values));
			}
			figures.put("api " + year,
					body(mvc.get()
						.uri("/api/v1/statistics/annual?year=" + year)
						.with(user(leader))
						.exchange()
						.getResponse()
						.getContentAsString(StandardCharsets.UTF_8)));
			figures.put("csv " + year,
					body(mvc.get()
						.uri("/statistics/annual/export.csv?kind=year&year=" + year + "&published=false")
						.with(user(leader))
						.exchange()
						.getResponse()
						.getContentAsString(StandardCharsets.UTF_8)));
		}
		figures.put("trends",
				body(mvc.get()
					.uri("/api/v1/statistics/trends?from=" + lastYear + "-01&to=" + YearMonth.from(today))
					.with(user(slt))
					.exchange()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8)));
		return figures;
	}

	private static String body(String text) {
		assertThat(text).isNotBlank();
		return text;
	}

	private static EntryContent content(EntryType type, LocalDate on) {
		return new EntryContent(type, on, 45, List.of("school"), "Samtale med Ada om skole og venner.");
	}

}
