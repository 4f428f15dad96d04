package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * The field forms take dates as {@code åååå-mm-dd} from a date picker, which a hand-made
 * request can fill with year 1 or 9999: such a date is refused at its field in Norwegian
 * and nothing is stored, as in every other form.
 */
@IntegrationTest
class ImplausibleDatesTest {

	static final String OUT_OF_RANGE = "Datoen må ligge mellom år 1900 og 2100.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalog catalog;

	CurrentUser worker;

	@BeforeEach
	void setUp() {
		var municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0001-01-01", "1899-12-31", "2101-01-01" })
	void anEncounterDatedOutsideTheYears1900To2100IsRefusedAtTheDateAndNotStored(String date) {
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "21:00")
			.param("arena", "street")
			.param("counts[BOY:16-18]", "3")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains(OUT_OF_RANGE);
		assertThat(jdbc.queryForObject("select count(*) from encounter where created_by = ?", Integer.class,
				worker.accountId()))
			.isZero();
	}

	@Test
	void anObservationDatedYearOneIsRefusedAndNotStored() {
		assertThat(mvc.post()
			.uri("/fieldwork/observations/new")
			.param("date", "0001-01-01")
			.param("time", "21:00")
			.param("areaId", catalog.active(worker.requireTeamId(), CodeKind.AREA).getFirst().id().toString())
			.param("kinds", "GATHERING")
			.param("severity", "LOW")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains(OUT_OF_RANGE);
		assertThat(jdbc.queryForObject("select count(*) from field_observation where created_by = ?", Integer.class,
				worker.accountId()))
			.isZero();
	}

	@Test
	void aShiftCannotBeEndedNorMovedToYearOne() {
		mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf()).exchange();
		var shift = openShift();
		jdbc.update("update shift set started_at = '2025-03-14 18:00+01' where id = ?", shift);
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}/end", shift)
			.param("endDate", "9999-12-31")
			.param("endTime", "20:00")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains(OUT_OF_RANGE);
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}", shift)
			.param("startDate", "0001-01-01")
			.param("startTime", "18:00")
			.param("arena", "street")
			.param("workerIds", worker.accountId().toString())
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains(OUT_OF_RANGE);
		assertThat(jdbc.queryForObject(
				"select started_at::date::text || '/' || (ended_at is null) from shift where id = ?", String.class,
				shift))
			.isEqualTo("2025-03-14/true");
	}

	@Test
	void aShiftEditedWithoutAStartIsAnErrorAtTheFieldNotAnErrorPage() {
		mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf()).exchange();
		var shift = openShift();
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}", shift)
			.param("startDate", "")
			.param("startTime", "18:00")
			.param("arena", "street")
			.param("workerIds", worker.accountId().toString())
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Velg en verdi.");
		assertThat(mvc.post()
			.uri("/fieldwork/shifts/{id}", shift)
			.param("startDate", "2025-03-14")
			.param("startTime", "kl. sju")
			.param("arena", "street")
			.param("workerIds", worker.accountId().toString())
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Ugyldig verdi.");
	}

	@Test
	void listsAskedForDatesAtTheEndsOfTimeShowTheCurrentPeriodInstead() {
		for (var url : List.of("/fieldwork/encounters?from=-999999999-01-01&to=%2B999999999-12-31",
				"/fieldwork/encounters?from=0001-01-01", "/fieldwork/observations/week?date=%2B999999999-12-31",
				"/fieldwork/observations/week?date=-999999999-01-01")) {
			assertThat(mvc.get().uri(java.net.URI.create(url)).with(user(worker))).as(url).hasStatusOk();
		}
	}

	UUID openShift() {
		return jdbc.queryForObject("select s.id from shift s join shift_worker w on w.shift_id = s.id "
				+ "where w.account_id = ? and s.ended_at is null", UUID.class, worker.accountId());
	}

}
