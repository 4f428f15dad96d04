package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

@IntegrationTest
class EncounterTest {

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

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	MockMvcRequestBuilder encounter(CurrentUser who, String date, String time) {
		return encounter(who, date, time, "street");
	}

	MockMvcRequestBuilder encounter(CurrentUser who, String date, String time, String arena) {
		return mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", time)
			.param("arena", arena)
			.with(user(who))
			.with(csrf());
	}

	UUID logged(CurrentUser who, String date, String time, String... cells) {
		var request = encounter(who, date, time);
		for (int i = 0; i < cells.length; i += 2) {
			request = request.param("counts[" + cells[i] + "]", cells[i + 1]);
		}
		assertThat(request).hasRedirectedUrl("/");
		return jdbc.queryForObject("select id from encounter where team_id = ? order by created_at desc limit 1",
				UUID.class, who.requireTeamId());
	}

	@Test
	void aTallyOfSixIsSixEncountersSplitByGenderAndAgeBand() {
		var id = logged(worker, "2025-03-14", "21:30", "BOY:12-15", "4", "GIRL:16-18", "2");
		assertThat(jdbc.queryForObject("select total from encounter where id = ?", Integer.class, id)).isEqualTo(6);
		assertThat(jdbc.queryForList("select gender || ' ' || age_band || '=' || count from encounter_count "
				+ "where encounter_id = ? order by gender", String.class, id))
			.containsExactly("BOY 12-15=4", "GIRL 16-18=2");

		assertThat(mvc.get().uri("/fieldwork/encounters?from=2025-03-01&to=2025-03-31").with(user(worker)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"total-encounters\">1<")
			.contains("id=\"total-youths\">6<")
			.contains("id=\"total-boys\">4<")
			.contains("id=\"total-girls\">2<");
	}

	@Test
	void anEncounterWithoutYouthsOrWithNegativeCountsIsRefusedAtTheField() {
		assertThat(encounter(worker, "2025-03-14", "21:30").param("counts[BOY:12-15]", "0")).hasStatusOk()
			.bodyText()
			.contains("Tell minst én ungdom.")
			.contains("id=\"counts-error\"");
		assertThat(encounter(worker, "2025-03-14", "21:30").param("counts[BOY:12-15]", "-2")
			.param("counts[GIRL:12-15]", "3")).hasStatusOk().bodyText().contains("Antall kan ikke være negativt.");
		assertThat(encounter(worker, "2025-03-14", "21:30").param("counts[BOY:12-15]", "tre")).hasStatusOk()
			.bodyText()
			.contains("Skriv antallet med sifre.")
			.contains("value=\"tre\"");
		assertThat(jdbc.queryForObject("select count(*) from encounter where team_id = ?", Integer.class,
				worker.requireTeamId()))
			.isZero();
	}

	@Test
	void aNoteThatCouldIdentifySomeoneIsRefusedAndTheFormKept() {
		assertThat(encounter(worker, "2025-03-14", "21:30").param("counts[GIRL:12-15]", "2")
			.param("note", "Ring henne på 912 34 567")).hasStatusOk()
			.bodyText()
			.contains("ser ut til å inneholde et telefonnummer")
			.contains("912 34 567")
			.contains("value=\"2\"");
		assertThat(encounter(worker, "2025-03-14", "21:30").param("counts[GIRL:12-15]", "2")
			.param("note", "fnr 01020312345")).hasStatusOk().bodyText().contains("fødselsnummer");
		assertThat(encounter(worker, "2025-03-14", "21:30").param("counts[GIRL:12-15]", "2")
			.param("note", "kari@example.no")).hasStatusOk().bodyText().contains("e-postadresse");
		assertThat(jdbc.queryForObject("select count(*) from encounter where team_id = ?", Integer.class,
				worker.requireTeamId()))
			.isZero();
	}

	@Test
	void garbageInTypedFieldsIsAnsweredAtTheFieldNotWithAServerError() {
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", "31.02.2025")
			.param("time", "25:99")
			.param("arena", "street")
			.param("areaId", "not-an-id")
			.param("platform", "MYSPACE")
			.param("counts[GIRL:12-15]", "2")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Ugyldig verdi.").contains("id=\"time-error\"");
		assertThat(mvc.post()
			.uri("/fieldwork/observations/new")
			.param("date", "i går")
			.param("time", "sent")
			.param("areaId", "x")
			.param("kinds", "UFO")
			.param("severity", "EXTREME")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Ugyldig verdi.");
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}/end", java.util.UUID.randomUUID())
			.param("endDate", "x")
			.with(user(worker))
			.with(csrf())).hasStatus(org.springframework.http.HttpStatus.NOT_FOUND);
	}

	@Test
	void onlineEncountersNeedAPlatform() {
		assertThat(encounter(worker, "2025-03-14", "21:30", "online").param("counts[GIRL:12-15]", "1")).hasStatusOk()
			.bodyText()
			.contains("Velg plattform");
		assertThat(encounter(worker, "2025-03-14", "21:30", "online").param("platform", "SNAPCHAT")
			.param("counts[GIRL:12-15]", "1")).hasRedirectedUrl("/");
	}

	@Test
	void theDayMonthAndYearAreTakenInEuropeOslo() {
		var newYear = logged(worker, "2025-01-01", "00:30", "BOY:16-18", "3");
		var newYearsEve = logged(worker, "2024-12-31", "23:30", "BOY:16-18", "2");
		assertThat(jdbc.queryForObject("select local_date from encounter where id = ?", LocalDate.class, newYear))
			.isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(jdbc.queryForObject(
				"select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') " + "from encounter where id = ?",
				String.class, newYear))
			.isEqualTo("2024-12-31 23:30");
		assertThat(jdbc.queryForObject("select local_date from encounter where id = ?", LocalDate.class, newYearsEve))
			.isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(mvc.get().uri("/fieldwork/encounters?from=2025-01-01&to=2025-12-31").with(user(worker))).bodyText()
			.contains("id=\"total-youths\">3<");
		// summer time: 1 July 00:30 in Oslo is 30 June 22:30 UTC
		var summer = logged(worker, "2025-07-01", "00:30", "GIRL:16-18", "1");
		assertThat(jdbc.queryForObject("select local_date from encounter where id = ?", LocalDate.class, summer))
			.isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void anotherTeamsWorkerGetsNotFoundAndSeesNoneInLists() {
		var id = logged(worker, "2025-03-14", "21:30", "BOY:12-15", "5");
		var other = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		assertThat(mvc.get().uri("/fieldwork/encounters/{id}", id).with(user(other))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/fieldwork/encounters/{id}/delete", id).with(user(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/fieldwork/encounters?from=2025-03-01&to=2025-03-31").with(user(other))).bodyText()
			.contains("id=\"total-encounters\">0<")
			.doesNotContain(id.toString());
		var otherLeader = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		assertThat(mvc.get().uri("/fieldwork/encounters/{id}", id).with(user(otherLeader)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aWorkerChangesHerOwnEncountersForSevenDaysAndALeaderAlways() {
		var id = logged(worker, "2025-03-14", "21:30", "BOY:12-15", "5");
		var colleague = municipality.user(municipality.account(Role.WORKER));
		var version = jdbc.queryForObject("select version from encounter where id = ?", Long.class, id);
		assertThat(change(colleague, id, version, "4")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(change(worker, id, version, "4")).hasRedirectedUrl("/fieldwork/encounters");
		assertThat(jdbc.queryForObject("select total from encounter where id = ?", Integer.class, id)).isEqualTo(4);

		jdbc.update("update encounter set created_at = now() - interval '8 days' where id = ?", id);
		version = jdbc.queryForObject("select version from encounter where id = ?", Long.class, id);
		assertThat(change(worker, id, version, "3")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/fieldwork/encounters/{id}/delete", id).with(user(worker)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/fieldwork/encounters/{id}", id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("bare endre egne treff de første sju dagene");

		var leader = municipality.user(municipality.account(Role.LEADER));
		assertThat(change(leader, id, version, "3")).hasRedirectedUrl("/fieldwork/encounters");
		assertThat(mvc.post().uri("/fieldwork/encounters/{id}/delete", id).with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/fieldwork/encounters");
		assertThat(jdbc.queryForObject("select count(*) from encounter where id = ?", Integer.class, id)).isZero();

		assertThat(jdbc.queryForList("select action || ' ' || changed_by from encounter_change where encounter_id = ? "
				+ "order by changed_at", String.class, id))
			.containsExactly("CREATED " + worker.accountId(), "UPDATED " + worker.accountId(),
					"UPDATED " + leader.accountId(), "DELETED " + leader.accountId());
	}

	@Test
	void aStaleVersionGetsTheConflictPage() {
		var id = logged(worker, "2025-03-14", "21:30", "BOY:12-15", "5");
		var version = jdbc.queryForObject("select version from encounter where id = ?", Long.class, id);
		assertThat(change(worker, id, version, "4")).hasRedirectedUrl("/fieldwork/encounters");
		assertThat(change(worker, id, version, "6")).hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.queryForObject("select total from encounter where id = ?", Integer.class, id)).isEqualTo(4);
	}

	private MockMvcRequestBuilder change(CurrentUser who, UUID id, long version, String boys) {
		return mvc.post()
			.uri("/fieldwork/encounters/{id}", id)
			.param("date", "2025-03-14")
			.param("time", "21:30")
			.param("arena", "street")
			.param("counts[BOY:12-15]", boys)
			.param("version", String.valueOf(version))
			.with(user(who))
			.with(csrf());
	}

	@Test
	void signingInAgainAfterTheSessionExpiredBringsBackWhatWasTyped() {
		var username = municipality.account(Role.WORKER);
		// the session expired: the post carries no valid CSRF token and no authentication
		var post = mvc.post()
			.uri("/fieldwork/encounters/new")
			.cookie(new Cookie(SessionCookie.NAME, "c2Vzc2lvbi10aGF0LWV4cGlyZWQ"))
			.param("_csrf", "token-of-the-expired-session")
			.param("date", "2025-03-14")
			.param("time", "01:30")
			.param("arena", "street")
			.param("counts[GIRL:16-18]", "3")
			.param("note", "Tre jenter ved stasjonen, spurte om HFU")
			.exchange();
		assertThat(post).hasRedirectedUrl("/login?expired");
		var session = SessionCookie.of(post);
		assertThat(mvc.get().uri("/login").param("expired", "").cookie(session)).bodyText()
			.contains("kommer du tilbake til skjemaet med det du skrev");

		var login = mvc.post()
			.uri("/login")
			.cookie(session)
			.param("username", username)
			.param("password", TestStaff.PASSWORD)
			.with(csrf())
			.exchange();
		var target = login.getResponse().getRedirectedUrl();
		assertThat(target).endsWith("/fieldwork/encounters/new?draft=restore&continue");
		var replay = mvc.get().uri(target).cookie(SessionCookie.of(login)).exchange();
		assertThat(replay.getResponse().getRedirectedUrl()).isNull();
		assertThat(replay).hasStatusOk()
			.bodyText()
			.contains("Tre jenter ved stasjonen, spurte om HFU")
			.contains("value=\"01:30\"")
			.containsPattern("name=\"counts\\[GIRL:16-18\\]\" value=\"3\"");
		assertThat(jdbc.queryForObject(
				"select count(*) from encounter where created_by = (select id from account " + "where username = ?)",
				Integer.class, username))
			.isZero();
	}

	@Test
	void newEncountersDefaultToTheShiftsAreaAndTheLastPlaceUsed() {
		var team = worker.requireTeamId();
		var station = catalog.active(team, CodeKind.PLACE).getFirst();
		assertThat(encounter(worker, "2025-03-14", "21:30").param("placeId", station.id().toString())
			.param("counts[BOY:12-15]", "1")).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/fieldwork/encounters/new").with(user(worker))).bodyText()
			.containsPattern("<option value=\"" + station.id() + "\" selected=\"selected\"");
	}

	@Test
	void staffOutsideTheTeamsCannotOpenFieldWork() {
		for (var role : new Role[] { Role.SLT, Role.ADMIN }) {
			var outsider = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/fieldwork/encounters").with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/fieldwork/encounters/new").with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.post().uri("/fieldwork/shifts/start").with(user(outsider)).with(csrf()))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/fieldwork/observations").with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

}
