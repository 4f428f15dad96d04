package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.groups.GroupDetails;
import no.feltlogg.groups.GroupStatus;
import no.feltlogg.groups.Groups;
import no.feltlogg.groups.Sessions;
import no.feltlogg.groups.Recruitment;
import no.feltlogg.groups.SessionDetails;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Information work and school coverage in the annual report, its CSV, the statistics API
 * ({@code informationWork}) and the SLT trends, counted exactly on known events, with the
 * Oslo days at the year's edges (ADR 0036).
 */
@IntegrationTest
class InformationReportTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	Groups groups;

	@Autowired
	Sessions sessions;

	TestStaff.Municipality municipality;

	CurrentUser leader;

	CurrentUser worker;

	int year;

	UUID schoolA;

	UUID schoolB;

	UUID schoolC;

	UUID schoolD;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		leader = municipality.user(municipality.account(Role.LEADER));
		worker = municipality.user(municipality.account(Role.WORKER));
		year = LocalDate.now(Oslo.ZONE).getYear() - 2;
		var team = municipality.teamA;
		schoolA = catalog.addSchool(team, "Aasen ungdomsskole", SchoolLevel.LOWER_SECONDARY).id();
		schoolB = catalog.addSchool(team, "Berg ungdomsskole", SchoolLevel.LOWER_SECONDARY).id();
		schoolC = catalog.addSchool(team, "Dal ungdomsskole", SchoolLevel.LOWER_SECONDARY).id();
		schoolD = catalog.addSchool(team, "Eik barneskole", SchoolLevel.PRIMARY).id();
		// the last day before the year and the first after it are not counted
		event(team, LocalDate.of(year - 1, 12, 31), "LESSON", schoolA, null, true, 30, 8, 0, 0, 0, "{alcohol}");
		event(team, LocalDate.of(year, 1, 1), "LESSON", schoolA, null, true, 25, 8, 0, 2, 0, "{cannabis,alcohol}");
		event(team, LocalDate.of(year, 3, 15), "PARENTS_MEETING", schoolB, null, true, 0, null, 60, 0, 0, "{cannabis}");
		event(team, LocalDate.of(year, 5, 17), "STAND", null, "Byfesten", false, 0, null, 0, 0, 200, "{}");
		event(team, LocalDate.of(year, 12, 31), "LESSON", schoolA, null, false, 28, 9, 0, 0, 0, "{mental_health}");
		event(team, LocalDate.of(year + 1, 1, 1), "LESSON", schoolA, null, true, 22, 8, 0, 0, 0, "{}");
		// the other team's six lessons in October, for the SLT's month
		for (int i = 1; i <= 6; i++) {
			event(municipality.teamB, LocalDate.of(year, 10, i), "LESSON", null, "Skolen i nord", true, 25, 8, 0, 0, 0,
					"{}");
		}
		// a girls' group at the primary school held a session in the year
		var group = AsUser.call(worker,
				() -> groups.create(worker,
						new GroupDetails("Jentegruppa", "girls", schoolD, null, null, LocalDate.of(year, 9, 1), null,
								10, EnumSet.of(Recruitment.SCHOOL), false, GroupStatus.RUNNING,
								Set.of(worker.accountId()))));
		var session = AsUser.call(worker,
				() -> sessions.planSession(worker, group, new SessionDetails(LocalDate.of(year, 9, 8),
						LocalTime.of(14, 0), LocalTime.of(15, 0), "friends", "Samtale", null)));
		jdbc.update("update group_session set status = 'HELD', held_at = now(), held_by = ? where id = ?",
				worker.accountId(), session);
		// the leader names the worker contact for the school the team never visited
		assertThat(mvc.post()
			.uri("/information/schools/{id}", schoolC)
			.param("contactIds", worker.accountId().toString())
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/information/schools");
	}

	void event(UUID team, LocalDate day, String kind, UUID school, String place, boolean led, int pupils, Integer grade,
			int parents, int staffCount, int others, String themes) {
		jdbc.update("""
				insert into information_event (id, team_id, local_date, kind, school_id, place, led_by_team, pupils,
				                               grade, parents, staff, others, themes, workers, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], array[?]::uuid[], ?, now())""",
				UUID.randomUUID(), team, day, kind, school, place, led, pupils, grade, parents, staffCount, others,
				themes, worker.accountId(), worker.accountId());
	}

	@Test
	void theApiCountsTheYearsEventsAndPeopleByAudienceThemeGradeMonthAndSchoolLevel() {
		var json = assertThat(mvc.get().uri("/api/v1/statistics/annual?year=" + year).with(user(leader))).hasStatusOk()
			.bodyJson();
		json.extractingPath("$.informationWork.events").isEqualTo(4);
		json.extractingPath("$.informationWork.reached").isEqualTo(315);
		json.extractingPath("$.informationWork.led.events").isEqualTo(2);
		json.extractingPath("$.informationWork.led.reached").isEqualTo(87);
		json.extractingPath("$.informationWork.tookPart.events").isEqualTo(2);
		json.extractingPath("$.informationWork.tookPart.reached").isEqualTo(228);
		json.extractingPath("$.informationWork.byAudience[?(@.audience == 'pupils')].reached")
			.asArray()
			.containsExactly(53);
		json.extractingPath("$.informationWork.byAudience[?(@.audience == 'pupils')].events")
			.asArray()
			.containsExactly(2);
		json.extractingPath("$.informationWork.byAudience[?(@.audience == 'parents')].reached")
			.asArray()
			.containsExactly(60);
		json.extractingPath("$.informationWork.byAudience[?(@.audience == 'staff')].reached")
			.asArray()
			.containsExactly(2);
		json.extractingPath("$.informationWork.byAudience[?(@.audience == 'other')].reached")
			.asArray()
			.containsExactly(200);
		json.extractingPath("$.informationWork.byTheme[?(@.theme == 'cannabis')].events").asArray().containsExactly(2);
		json.extractingPath("$.informationWork.byTheme[?(@.theme == 'cannabis')].reached")
			.asArray()
			.containsExactly(87);
		json.extractingPath("$.informationWork.byTheme[?(@.theme == 'alcohol')].reached").asArray().containsExactly(27);
		json.extractingPath("$.informationWork.pupilsByGrade[?(@.grade == 8)].pupils").asArray().containsExactly(25);
		json.extractingPath("$.informationWork.pupilsByGrade[?(@.grade == 9)].pupils").asArray().containsExactly(28);
		json.extractingPath("$.informationWork.byMonth.length()").isEqualTo(12);
		json.extractingPath("$.informationWork.byMonth[0].reached").isEqualTo(27);
		json.extractingPath("$.informationWork.byMonth[11].reached").isEqualTo(28);
		json.extractingPath("$.informationWork.byMonth[1].events").isEqualTo(0);
		json.extractingPath("$.informationWork.schoolCoverage[?(@.schoolLevel == 'lower_secondary')].schools")
			.asArray()
			.containsExactly(3);
		json.extractingPath("$.informationWork.schoolCoverage[?(@.schoolLevel == 'lower_secondary')].visited")
			.asArray()
			.containsExactly(2);
		json.extractingPath("$.informationWork.schoolCoverage[?(@.schoolLevel == 'lower_secondary')].withContact")
			.asArray()
			.containsExactly(1);
		json.extractingPath("$.informationWork.schoolCoverage[?(@.schoolLevel == 'primary')].visited")
			.asArray()
			.containsExactly(1);
	}

	@Test
	void theReportPageAndItsCsvHaveTheSectionsAndTheCoverage() throws Exception {
		var page = Jsoup.parse(mvc.get()
			.uri("/statistics/annual?kind=year&year=" + year)
			.with(user(leader))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		var totals = page.select("#table-informationWork tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th").text().equals("Personer nådd i alt"))
			.findFirst()
			.orElseThrow();
		assertThat(totals.select("td").eachText()).contains("315");
		var coverage = page.select("#table-schoolCoverage tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th").text().equals("Ungdomsskole"))
			.findFirst()
			.orElseThrow();
		assertThat(coverage.select("td").eachText()).startsWith("3", "2", "1");
		assertThat(page.select("#table-informationByAudience")).isNotEmpty();
		assertThat(page.select("#table-informationByTheme")).isNotEmpty();

		// the published CSV hides small counts of people, never the count of schools
		var csv = mvc.get()
			.uri("/statistics/annual/export.csv?kind=year&year=" + year)
			.with(user(leader))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("schoolCoverage,Ungdomsskole,Skoler,3")
			.contains("schoolCoverage,Ungdomsskole,Med besøk i perioden,2")
			.contains("schoolCoverage,Barneskole,Skoler,1")
			.contains("informationWork,Personer nådd i alt")
			.contains("informationByAudience,Ansatte,Arrangementer,<5");
	}

	@Test
	void theCoordinatorSeesEventsAndPeopleReachedMonthByMonthSuppressed() {
		var slt = municipality.user(municipality.account(Role.SLT));
		var result = mvc.get()
			.uri("/api/v1/statistics/trends?from=" + year + "-01&to=" + year + "-12")
			.with(user(slt))
			.exchange();
		var json = assertThat(result).hasStatusOk().bodyJson();
		// October: the other team's six lessons, 150 pupils, shown; January's single
		// lesson hidden
		json.extractingPath("$.tables[?(@.id == 'trendInformation')].cells[9][0].value").asArray().containsExactly(6);
		json.extractingPath("$.tables[?(@.id == 'trendInformation')].cells[9][1].value").asArray().containsExactly(150);
		json.extractingPath("$.tables[?(@.id == 'trendInformation')].cells[0][0].suppressed")
			.asArray()
			.containsExactly(true);
		json.extractingPath("$.tables[?(@.id == 'trendInformation')].cells[*][*][?(@.suppressed == false)].value")
			.asArray()
			.noneMatch(v -> v instanceof Number n && n.longValue() >= 1 && n.longValue() <= 4);
	}

}
