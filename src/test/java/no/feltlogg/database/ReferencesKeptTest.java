package no.feltlogg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The references without a foreign key that must hold are kept by the database (V73–V75,
 * ADR 0040 "Invariants"): deleting what they point to is refused with an error that says
 * what to do instead, and a row nothing refers to can still be deleted.
 */
@IntegrationTest
class ReferencesKeptTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	YouthRecords records;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
	}

	@Test
	void aCodeCountedInTheRollUpIsNotDeletedButAnUnusedOneIs() {
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", "2025-05-10")
			.param("time", "20:00")
			.param("arena", "street")
			.param("themes", "alcohol")
			.param("counts[BOY:12-15]", "2")
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/");

		assertRefused("delete from code_item where team_id = ? and kind = 'ARENA' and code = 'street'",
				"Code \"street\" of the list ARENA", "is in use and cannot be deleted: retire it instead");
		assertRefused("delete from code_item where team_id = ? and kind = 'THEME' and code = 'alcohol'",
				"Code \"alcohol\" of the list THEME", "retire it instead");
		assertRefused("delete from code_item where team_id = ? and kind = 'AGE_BAND' and code = '12-15'",
				"Code \"12-15\" of the list AGE_BAND", "retire it instead");

		var unused = UUID.randomUUID();
		jdbc.update(
				"insert into code_item (id, team_id, kind, code, label) values (?, ?, 'THEME', 'typo', 'Skrivefeil')",
				unused, municipality.teamA);
		assertThat(jdbc.update("delete from code_item where id = ?", unused)).isEqualTo(1);
	}

	@Test
	void aServiceAGuidanceNamesIsNotDeleted() {
		var service = UUID.randomUUID();
		jdbc.update("insert into service (id, team_id, name, kind) values (?, ?, 'Testtjenesten Nøkkelhull', "
				+ "'YOUTH_HEALTH_CLINIC')", service, municipality.teamA);
		jdbc.update("insert into anonymous_guidance (id, team_id, service_id, service_name, service_kind, guided_on, "
				+ "recorded_by, recorded_at) values (?, ?, ?, 'Testtjenesten Nøkkelhull', 'YOUTH_HEALTH_CLINIC', "
				+ "date '2025-05-10', ?, now())", UUID.randomUUID(), municipality.teamA, service, worker.accountId());

		assertRefused("delete from service where team_id = ? and name = 'Testtjenesten Nøkkelhull'",
				"Service \"Testtjenesten Nøkkelhull\"", "is in use and cannot be deleted: retire it instead");
	}

	@Test
	void aYouthMetInAnEncounterIsNotDeleted() {
		var youth = YouthFixtures.register(records, worker, "Nøkkel Hansen", Birth.of(LocalDate.of(2010, 3, 1)));
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", "2025-05-10")
			.param("time", "20:00")
			.param("arena", "street")
			.param("counts[BOY:12-15]", "1")
			.param("youthIds", youth.toString())
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/");

		var refused = catchThrowable(() -> transaction.executeWithoutResult(status -> {
			jdbc.update("delete from consent where youth_id = ?", youth);
			jdbc.update("delete from youth where id = ?", youth);
		}));
		assertThat(refused).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("encounter_youth_youth_fk");
		assertThat(jdbc.queryForObject("select count(*) from youth where id = ?", Long.class, youth)).isOne();
	}

	@Test
	void anImportWithLinesIsUndoneNotDeleted() {
		var csv = "date,time,arena,area,place,gender,age,count,themes,source_id\n"
				+ "2025-01-14,20:00,street,Sentrum,Torget,boy,12-15,9,alcohol,K-1\n";
		assertThat(mvc.post()
			.uri("/api/v1/import/encounters")
			.contentType("text/csv")
			.content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.with(user(leader))
			.with(csrf())).hasStatusOk();

		assertRefused("delete from encounter_import where team_id = ?", "has imported encounters and cannot be deleted",
				"undo it instead");
	}

	@Test
	void anAccountNamedAsAWorkerOfAnInformationEventIsNotDeleted() {
		jdbc.update("insert into information_event (id, team_id, local_date, kind, place, led_by_team, parents, "
				+ "workers, created_by, created_at) values (?, ?, date '2025-05-10', 'STAND', 'Byfesten', true, 12, "
				+ "array[?]::uuid[], ?, now())", UUID.randomUUID(), municipality.teamA, worker.accountId(),
				leader.accountId());

		var refused = catchThrowable(() -> jdbc.update("delete from account where id = ?", worker.accountId()));
		assertThat(refused).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("is named as a worker of an information event and cannot be deleted")
			.hasMessageContaining("disable it instead");
	}

	private void assertRefused(String delete, String... message) {
		var refused = catchThrowable(() -> jdbc.update(delete, municipality.teamA));
		assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
		for (var part : message) {
			assertThat(refused).hasMessageContaining(part);
		}
	}

}
