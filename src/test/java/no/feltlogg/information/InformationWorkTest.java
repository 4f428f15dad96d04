package no.feltlogg.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Information work logged, listed and changed from the phone form, within the team only.
 */
@IntegrationTest
class InformationWorkTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser otherTeamWorker;

	UUID school;

	LocalDate today;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		otherTeamWorker = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		school = catalog.addSchool(municipality.teamA, "Elvebakken ungdomsskole", SchoolLevel.LOWER_SECONDARY).id();
		today = LocalDate.now(Oslo.ZONE);
	}

	MvcTestResult post(CurrentUser who, String uri, String... params) {
		var request = mvc.post().uri(uri).with(user(who)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	String[] lesson(String... more) {
		// a value given in more replaces the lesson's own
		var base = List.of("date", today.minusDays(2).toString(), "kind", "LESSON", "schoolId", school.toString(),
				"led", "true", "pupils", "27", "grade", "8", "themes", "cannabis", "themes", "alcohol", "workers",
				worker.accountId().toString());
		var replaced = new java.util.HashSet<String>();
		for (int i = 0; i < more.length; i += 2) {
			replaced.add(more[i]);
		}
		var all = new java.util.ArrayList<String>();
		for (int i = 0; i < base.size(); i += 2) {
			if (!replaced.contains(base.get(i))) {
				all.add(base.get(i));
				all.add(base.get(i + 1));
			}
		}
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	@Test
	void aLessonLoggedFromThePhoneIsInTheTeamsListWithItsDateSchoolAndReach() {
		assertThat(mvc.get().uri("/information/new").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Registrer informasjonsarbeid", "Elvebakken ungdomsskole", "Foreldremøte");
		assertThat(post(worker, "/information/new", lesson("parents", "3"))).hasRedirectedUrl("/information");
		var list = mvc.get().uri("/information").with(user(worker)).exchange();
		assertThat(list).hasStatusOk()
			.bodyText()
			.contains(no.feltlogg.shared.FormDates.format(today.minusDays(2)))
			.contains("Elvebakken ungdomsskole", "30", "Teamet holdt det", "Cannabis");
		assertThat(jdbc.queryForObject("select grade from information_event where team_id = ?", Integer.class,
				municipality.teamA))
			.isEqualTo(8);
		assertThat(mvc.get().uri("/information").with(user(otherTeamWorker))).bodyText()
			.doesNotContain("Elvebakken ungdomsskole");
	}

	@Test
	void whatIsWrongIsSaidAtTheField() {
		var noOne = post(worker, "/information/new", "date", today.toString(), "kind", "STAND", "place", "Byfesten",
				"led", "false", "workers", worker.accountId().toString());
		assertThat(noOne).hasStatusOk();
		assertThat(fieldError(noOne, "pupils")).isEqualTo("Skriv hvor mange som ble nådd.");

		var noGrade = post(worker, "/information/new", "date", today.toString(), "kind", "LESSON", "schoolId",
				school.toString(), "led", "true", "pupils", "20", "workers", worker.accountId().toString());
		assertThat(fieldError(noGrade, "grade")).isEqualTo("Skriv hvilket trinn elevene gikk på.");

		var nowhere = post(worker, "/information/new", "date", today.toString(), "kind", "PARENTS_MEETING", "led",
				"true", "parents", "40", "workers", worker.accountId().toString());
		assertThat(fieldError(nowhere, "place")).isEqualTo("Velg en skole eller skriv et sted.");

		var future = post(worker, "/information/new", lesson("date", today.plusDays(3).toString()));
		assertThat(fieldError(future, "date")).isEqualTo("Datoen kan ikke være fram i tid.");

		var otherSchool = catalog.addSchool(municipality.teamB, "Annen skole", SchoolLevel.PRIMARY).id();
		var foreign = post(worker, "/information/new", "date", today.toString(), "kind", "LESSON", "schoolId",
				otherSchool.toString(), "led", "true", "pupils", "20", "grade", "5", "workers",
				worker.accountId().toString());
		assertThat(fieldError(foreign, "schoolId")).isEqualTo("Velg en skole fra listen.");

		var garbage = post(worker, "/information/new", "date", "31.02.2026", "kind", "NOPE", "schoolId", "x", "led",
				"maybe", "pupils", "mange", "grade", "14", "workers", otherTeamWorker.accountId().toString());
		assertThat(garbage).hasStatusOk();
		assertThat(fieldError(garbage, "pupils")).isEqualTo("Skriv et helt tall.");
		assertThat(fieldError(garbage, "kind")).isEqualTo("Ugyldig verdi.");
		assertThat(fieldError(post(worker, "/information/new", lesson("grade", "14")), "grade"))
			.isEqualTo("Verdien kan være høyst 13.");

		var stranger = post(worker, "/information/new", lesson("workers", otherTeamWorker.accountId().toString()));
		assertThat(fieldError(stranger, "workers")).isEqualTo("Velg fra teamets ansatte.");

		assertThat(jdbc.queryForObject("select count(*) from information_event where team_id = ?", Integer.class,
				municipality.teamA))
			.isZero();
	}

	@Test
	void anEventIsChangedWithItsVersionAndAnotherTeamsEventIsNotFound() {
		post(worker, "/information/new", lesson());
		var id = jdbc.queryForObject("select id from information_event where team_id = ?", UUID.class,
				municipality.teamA);
		assertThat(mvc.get().uri("/information/{id}", id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Endre informasjonsarbeid");
		assertThat(post(worker, "/information/" + id, "date", today.minusDays(2).toString(), "kind", "STAFF_TALK",
				"schoolId", school.toString(), "led", "false", "staff", "12", "workers", worker.accountId().toString(),
				"version", "0"))
			.hasRedirectedUrl("/information");
		assertThat(jdbc.queryForMap(
				"select kind, staff, pupils, grade, led_by_team, version from information_event " + "where id = ?", id))
			.containsEntry("kind", "STAFF_TALK")
			.containsEntry("staff", 12)
			.containsEntry("pupils", 0)
			.containsEntry("led_by_team", false)
			.containsEntry("version", 1L);
		assertThat(post(worker, "/information/" + id, "date", today.toString(), "kind", "STAND", "place", "Torget",
				"led", "true", "others", "50", "workers", worker.accountId().toString(), "version", "0"))
			.hasStatus(HttpStatus.CONFLICT);

		assertThat(mvc.get().uri("/information/{id}", id).with(user(otherTeamWorker))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(otherTeamWorker, "/information/" + id, "date", today.toString(), "kind", "STAND", "place",
				"Torget", "led", "true", "others", "50", "workers", otherTeamWorker.accountId().toString(), "version",
				"1"))
			.hasStatus(HttpStatus.NOT_FOUND);
		var slt = municipality.user(municipality.account(Role.SLT));
		assertThat(mvc.get().uri("/information").with(user(slt))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForObject("select others from information_event where id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void anEventMustReachSomeoneSomewhereAndOnlyPupilsHaveAGrade() {
		var team = UUID.randomUUID();
		var by = UUID.randomUUID();
		var day = LocalDate.of(2025, 3, 4);
		assertThatThrownBy(() -> new InformationEvent(team, by, Instant.EPOCH, new InformationDetails(day,
				InformationKind.STAND, null, " ", true, 0, null, 0, 0, 30, List.of(), List.of(by), null)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new InformationEvent(team, by, Instant.EPOCH, new InformationDetails(day,
				InformationKind.STAND, null, "Byfesten", true, 0, null, 0, 0, 0, List.of(), List.of(by), null)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new InformationEvent(team, by, Instant.EPOCH, new InformationDetails(day,
				InformationKind.PARENTS_MEETING, null, "Aulaen", true, 0, 9, 40, 0, 0, List.of(), List.of(by), null)))
			.isInstanceOf(IllegalArgumentException.class);
		var event = new InformationEvent(team, by, Instant.EPOCH, new InformationDetails(day, InformationKind.LESSON,
				UUID.randomUUID(), null, true, 25, 8, 0, 2, 0, List.of("alcohol"), List.of(by), " "));
		assertThat(event.details().reached()).isEqualTo(27);
		assertThat(event.details().note()).isNull();
	}

	static String fieldError(MvcTestResult result, String field) {
		try {
			var page = org.jsoup.Jsoup
				.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			var error = page.getElementById(field + "-error");
			return error == null ? "(no error at " + field + ": " + page.select(".field-error").eachText() + ")"
					: error.text();
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

}
