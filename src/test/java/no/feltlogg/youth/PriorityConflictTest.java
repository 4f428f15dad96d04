package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Two workers open the priority form at once: the first change applies, the second gets
 * the conflict page.
 */
@IntegrationTest
class PriorityConflictTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser worker;

	CurrentUser colleague;

	UUID youth;

	@BeforeEach
	void setUp() {
		var municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		colleague = municipality.user(municipality.account(Role.WORKER));
		youth = YouthFixtures.register(records, worker, "Prioritet Samtidig " + UUID.randomUUID(), Birth.year(2010));
	}

	@Test
	void twoChangesFromTheSameOpenedFormCannotBothApply() throws Exception {
		var version = openedVersion(worker);
		assertThat(openedVersion(colleague)).isEqualTo(version);

		assertThat(change(worker, version, "YELLOW", "Mye fravær")).hasRedirectedUrl("/youth/" + youth);
		var second = change(colleague, version, "RED", "Anmeldt");
		assertThat(second).hasStatus(HttpStatus.CONFLICT).bodyText().contains("endret");

		assertThat(jdbc.queryForList("select to_level from priority_change where youth_id = ?", String.class, youth))
			.containsExactly("YELLOW");
		assertThat(jdbc.queryForObject("select priority from youth where id = ?", String.class, youth))
			.isEqualTo("YELLOW");

		// opened again, the colleague sees the new level and can change it
		assertThat(change(colleague, openedVersion(colleague), "RED", "Anmeldt")).hasRedirectedUrl("/youth/" + youth);
		assertThat(jdbc.queryForObject("select priority from youth where id = ?", String.class, youth))
			.isEqualTo("RED");
	}

	@Test
	void aChangeWithoutTheVersionItWasOpenedWithIsNotApplied() {
		assertThat(mvc.post()
			.uri("/youth/{id}/priority", youth)
			.param("level", "GREEN")
			.param("date", FormDates.today())
			.param("reason", "Uten versjon")
			.with(user(worker))
			.with(csrf())).hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.queryForObject("select count(*) from priority_change where youth_id = ?", Integer.class, youth))
			.isZero();
	}

	private long openedVersion(CurrentUser who) throws java.io.UnsupportedEncodingException {
		var page = mvc.get().uri("/youth/{id}/priority", youth).with(user(who)).exchange();
		assertThat(page).hasStatusOk();
		var field = Jsoup.parse(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.selectFirst("form input[name=version]");
		assertThat(field).as("the priority form carries the version it was opened with").isNotNull();
		return Long.parseLong(field.val());
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult change(CurrentUser who, long version,
			String level, String reason) {
		return mvc.post()
			.uri("/youth/{id}/priority", youth)
			.param("level", level)
			.param("date", FormDates.today())
			.param("reason", reason)
			.param("version", Long.toString(version))
			.with(user(who))
			.with(csrf())
			.exchange();
	}

}
