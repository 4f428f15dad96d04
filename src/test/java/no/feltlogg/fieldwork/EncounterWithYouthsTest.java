package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * Registered youths named in an encounter: counted, linked, logged, on the youth's
 * timeline.
 */
@IntegrationTest
class EncounterWithYouthsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	UUID youth;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		youth = YouthFixtures.register(records, worker, "Sara Østby", Birth.of(LocalDate.of(2010, 5, 17)));
	}

	@Test
	void aRegisteredYouthMetCountsAsARegisteredEncounterAndShowsOnHerTimeline() {
		assertThat(mvc.get().uri("/fieldwork/encounters/new").with(user(worker))).bodyText().contains("Sara Østby");
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", "2025-03-14")
			.param("time", "21:30")
			.param("arena", "street")
			.param("counts[BOY:12-15]", "2")
			.param("youthIds", youth.toString())
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/");
		var encounter = jdbc.queryForObject("select encounter_id from encounter_youth where youth_id = ?", UUID.class,
				youth);
		assertThat(jdbc.queryForObject("select total || '/' || registered_count from encounter where id = ?",
				String.class, encounter))
			.isEqualTo("3/1");
		assertThat(jdbc.queryForObject("select gender || ' ' || age_band from encounter_youth where youth_id = ?",
				String.class, youth))
			.isEqualTo("GIRL 12-15");
		assertThat(jdbc.queryForObject("select count(*) from access_log where youth_id = ? and subject = ?",
				Integer.class, youth, "fieldwork.encounter"))
			.isOne();
		var colleague = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.get().uri("/fieldwork/encounters/{id}", encounter).with(user(colleague))).hasStatusOk();
		assertThat(jdbc.queryForObject(
				"select count(*) from access_log where youth_id = ? and account_id = ? "
						+ "and action = 'READ' and subject = ?",
				Integer.class, youth, colleague.accountId(), "fieldwork.encounter"))
			.as("opening an encounter that names a youth is a logged read")
			.isOne();
		assertThat(mvc.get().uri("/youth/{id}", youth).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Møtt i feltarbeid: Gate og sentrum")
			.contains("/fieldwork/encounters/" + encounter);
	}

	@Test
	void anotherTeamsYouthCannotBeNamed() {
		var other = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", "2025-03-14")
			.param("time", "21:30")
			.param("arena", "street")
			.param("youthIds", youth.toString())
			.with(user(other))
			.with(csrf())).hasStatusOk().bodyText().contains("Velg fra listen.");
		assertThat(jdbc.queryForObject("select count(*) from encounter_youth where youth_id = ?", Integer.class, youth))
			.isZero();
	}

}
