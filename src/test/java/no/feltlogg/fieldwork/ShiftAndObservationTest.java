package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

@IntegrationTest
class ShiftAndObservationTest {

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

	UUID openShift() {
		return jdbc.queryForObject("select s.id from shift s join shift_worker w on w.shift_id = s.id "
				+ "where w.account_id = ? and s.ended_at is null", UUID.class, worker.accountId());
	}

	@Test
	void oneTapStartsAShiftAndEncountersLoggedDuringItBelongToIt() {
		assertThat(mvc.get().uri("/").with(user(worker))).bodyText().contains("Du har ingen åpen vakt");
		assertThat(mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf())).hasRedirectedUrl("/");
		var shift = openShift();
		assertThat(mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf())).hasRedirectedUrl("/");
		assertThat(openShift()).as("a second tap does not open a second shift").isEqualTo(shift);

		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", java.time.LocalDate.now(no.feltlogg.shared.Oslo.ZONE).toString())
			.param("time", "00:01")
			.param("arena", "street")
			.param("counts[BOY:16-18]", "3")
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/");
		assertThat(jdbc.queryForObject("select shift_id from encounter where created_by = ?", UUID.class,
				worker.accountId()))
			.isEqualTo(shift);
		assertThat(mvc.get().uri("/").with(user(worker))).bodyText().contains("1 treff og 3 ungdommer på denne vakten");
	}

	@Test
	void aNightShiftCrossesMidnightAsOneShift() {
		mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf()).exchange();
		var shift = openShift();
		jdbc.update("update shift set started_at = '2025-03-14 22:00+01' where id = ?", shift);
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}/end", shift)
			.param("endDate", "2025-03-15")
			.param("endTime", "03:30")
			.param("directMinutes", "240")
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/");
		assertThat(jdbc.queryForObject(
				"select count(*) from shift s join shift_worker w on w.shift_id = s.id " + "where w.account_id = ?",
				Integer.class, worker.accountId()))
			.isOne();
		assertThat(jdbc.queryForObject("select extract(epoch from ended_at - started_at) / 60 from shift where id = ?",
				Double.class, shift))
			.isEqualTo(330.0);
		assertThat(jdbc.queryForObject("select direct_minutes from shift where id = ?", Integer.class, shift))
			.isEqualTo(240);
		assertThat(mvc.get().uri("/fieldwork/shifts").with(user(worker))).bodyText()
			.contains("14.03.2025 22:00")
			.contains("15.03.2025 03:30")
			.contains("5,5");
	}

	@Test
	void aShiftCannotEndBeforeItStartsNorHaveMoreDirectTimeThanItLasted() {
		mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf()).exchange();
		var shift = openShift();
		jdbc.update("update shift set started_at = '2025-03-14 18:00+01' where id = ?", shift);
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}/end", shift)
			.param("endDate", "2025-03-14")
			.param("endTime", "17:00")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Slutt må være etter start.");
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}/end", shift)
			.param("endDate", "2025-03-14")
			.param("endTime", "20:00")
			.param("directMinutes", "180")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("kan ikke være lengre enn vakten");
		assertThat(openShift()).isEqualTo(shift);
	}

	@Test
	void anotherTeamsShiftIsNotFound() {
		mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf()).exchange();
		var shift = openShift();
		var other = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		assertThat(mvc.get().uri("/fieldwork/shifts/{id}", shift).with(user(other))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}/end", shift)
			.param("endDate", "2030-01-01")
			.param("endTime", "01:00")
			.with(user(other))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anObservationIsLoggedWithoutNamesAndShownInTheWeekPerArea() {
		var area = catalog.active(worker.requireTeamId(), CodeKind.AREA).getFirst();
		assertThat(mvc.post()
			.uri("/fieldwork/observations/new")
			.param("date", "2025-03-14")
			.param("time", "23:15")
			.param("areaId", area.id().toString())
			.param("kinds", "GATHERING", "ALCOHOL")
			.param("gatheringSize", "25")
			.param("severity", "MEDIUM")
			.param("note", "Ring 41234567 om festen")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("telefonnummer");
		assertThat(mvc.post()
			.uri("/fieldwork/observations/new")
			.param("date", "2025-03-14")
			.param("time", "23:15")
			.param("areaId", area.id().toString())
			.param("severity", "MEDIUM")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Velg minst én ting som ble observert.");
		assertThat(mvc.post()
			.uri("/fieldwork/observations/new")
			.param("date", "2025-03-14")
			.param("time", "23:15")
			.param("areaId", area.id().toString())
			.param("kinds", "GATHERING", "ALCOHOL")
			.param("gatheringSize", "25")
			.param("severity", "MEDIUM")
			.param("note", "Fest ved skateparken, rolig")
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/fieldwork/observations");
		assertThat(mvc.get().uri("/fieldwork/observations/week?date=2025-03-12").with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Feltobservasjoner uke 11")
			.contains("Samling av ungdom, ")
			.contains("ca. 25 pers.");
		var other = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		assertThat(mvc.get().uri("/fieldwork/observations/week?date=2025-03-12").with(user(other))).bodyText()
			.doesNotContain("ca. 25 pers.");
	}

}
