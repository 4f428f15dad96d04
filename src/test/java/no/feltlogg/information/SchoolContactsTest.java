package no.feltlogg.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
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
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The school list: each school's contacts, named by the leader, and the last time the
 * team was there.
 */
@IntegrationTest
class SchoolContactsTest {

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

	@Autowired
	InformationWork work;

	TestStaff.Municipality municipality;

	CurrentUser leader;

	CurrentUser worker;

	LocalDate today;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		leader = municipality.user(municipality.account(Role.LEADER));
		worker = municipality.user(municipality.account(Role.WORKER));
		today = LocalDate.now(Oslo.ZONE);
	}

	@Test
	void theListShowsEachSchoolsContactsAndTheLastVisitByInformationWorkOrAGroup() throws Exception {
		var team = municipality.teamA;
		var lessons = catalog.addSchool(team, "Lia ungdomsskole", SchoolLevel.LOWER_SECONDARY).id();
		var grouped = catalog.addSchool(team, "Vik skole", SchoolLevel.PRIMARY).id();
		catalog.addSchool(team, "Ås videregående skole", SchoolLevel.UPPER_SECONDARY);
		AsUser.run(worker, () -> {
			work.log(worker, new InformationDetails(today.minusDays(40), InformationKind.LESSON, lessons, null, true,
					24, 8, 0, 0, 0, java.util.List.of("cannabis"), java.util.List.of(worker.accountId()), null));
			work.log(worker, new InformationDetails(today.minusDays(10), InformationKind.PARENTS_MEETING, lessons, null,
					true, 0, null, 35, 0, 0, java.util.List.of(), java.util.List.of(worker.accountId()), null));
			// an earlier lesson at the school where a group met since
			work.log(worker, new InformationDetails(today.minusDays(30), InformationKind.LESSON, grouped, null, true,
					20, 6, 0, 0, 0, java.util.List.of(), java.util.List.of(worker.accountId()), null));
		});
		var group = AsUser.call(worker,
				() -> groups.create(worker,
						new GroupDetails("Guttegruppa", "boys", grouped, null, null, today.minusDays(20), null, 10,
								EnumSet.of(Recruitment.SCHOOL), false, GroupStatus.RUNNING,
								Set.of(worker.accountId()))));
		var session = AsUser.call(worker,
				() -> sessions.planSession(worker, group, new SessionDetails(today.minusDays(5), LocalTime.of(13, 0),
						LocalTime.of(14, 0), "friends", "Prat", null)));
		jdbc.update("update group_session set status = 'HELD', held_at = now(), held_by = ? where id = ?",
				worker.accountId(), session);
		// a session planned ahead is not a visit
		AsUser.run(worker, () -> sessions.planSession(worker, group, new SessionDetails(today.plusDays(2),
				LocalTime.of(13, 0), LocalTime.of(14, 0), "friends", "Prat", null)));

		assertThat(mvc.post()
			.uri("/information/schools/{id}", lessons)
			.param("contactIds", worker.accountId().toString(), leader.accountId().toString())
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/information/schools");

		var page = Jsoup.parse(mvc.get()
			.uri("/information/schools")
			.with(user(worker))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(row(page, "Lia ungdomsskole").select("td").eachText()).containsExactly("Lia ungdomsskole",
				"Ungdomsskole", "Test leader, Test worker",
				FormDates.format(today.minusDays(10)) + " (informasjonsarbeid)");
		assertThat(row(page, "Vik skole").select("td").eachText()).containsExactly("Vik skole", "Barneskole", "Ingen",
				FormDates.format(today.minusDays(5)) + " (gruppe)");
		assertThat(row(page, "Ås videregående skole").select("td").eachText()).contains("Ikke registrert");
		assertThat(page.select("#school-list a")).as("only the leader names contacts").isEmpty();
		assertThat(page.select("#school-coverage li").eachText()).containsExactly(
				"Kontakt med 1 av 1 barneskoler siste 12 måneder.",
				"Kontakt med 1 av 1 ungdomsskoler siste 12 måneder.",
				"Kontakt med 0 av 1 videregående skoler siste 12 måneder.");

		// the worker cannot name contacts; the leader can take one away
		assertThat(mvc.post()
			.uri("/information/schools/{id}", lessons)
			.param("contactIds", worker.accountId().toString())
			.with(user(worker))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		mvc.post()
			.uri("/information/schools/{id}", lessons)
			.param("contactIds", worker.accountId().toString())
			.with(user(leader))
			.with(csrf())
			.exchange();
		assertThat(jdbc.queryForList("select account_id from school_contact where school_id = ?", UUID.class, lessons))
			.containsExactly(worker.accountId());
	}

	@Test
	void aContactIsOnTheTeamAndTheSchoolIsTheTeams() {
		var team = municipality.teamA;
		var school = catalog.addSchool(team, "Bø skole", SchoolLevel.PRIMARY).id();
		var stranger = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		mvc.post()
			.uri("/information/schools/{id}", school)
			.param("contactIds", stranger.accountId().toString())
			.with(user(leader))
			.with(csrf())
			.exchange();
		assertThat(
				jdbc.queryForObject("select count(*) from school_contact where school_id = ?", Integer.class, school))
			.isZero();
		var otherLeader = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		assertThat(mvc.get().uri("/information/schools/{id}", school).with(user(otherLeader)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/information/schools/{id}", school).with(user(otherLeader)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/information/schools/{id}", school).with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Bø skole", "Test worker");
	}

	private static Element row(org.jsoup.nodes.Document page, String school) {
		return page.select("#school-list tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("td").text().equals(school))
			.findFirst()
			.orElseThrow();
	}

}
