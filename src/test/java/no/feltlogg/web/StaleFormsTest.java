package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Two people save the same form, both opened before either saved: the first is kept, the
 * second gets the conflict page and changes nothing. For the edits that had no version
 * before: ending a shift, the report's comments.
 */
@IntegrationTest
class StaleFormsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
	}

	@Test
	void aShiftEndedFromAFormOpenedBeforeItWasEndedIsNotEndedAgain() throws Exception {
		var worker = municipality.user(municipality.account(Role.WORKER));
		mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf()).exchange();
		var shift = jdbc.queryForObject(
				"select s.id from shift s join shift_worker w on w.shift_id = s.id " + "where w.account_id = ?",
				UUID.class, worker.accountId());
		jdbc.update("update shift set started_at = '2025-03-14 18:00+01' where id = ?", shift);
		var opened = version(worker, "/fieldwork/shifts/" + shift + "/end", "endDate");

		assertThat(end(worker, shift, opened, "23:00")).hasRedirectedUrl("/");
		assertThat(end(worker, shift, opened, "21:00")).hasStatus(HttpStatus.CONFLICT).bodyText().contains("endret");
		assertThat(jdbc.queryForObject(
				"select to_char(ended_at at time zone 'Europe/Oslo', 'HH24:MI') from shift " + "where id = ?",
				String.class, shift))
			.isEqualTo("23:00");
		assertThat(end(worker, shift, null, "22:00")).as("a form without its version").hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void twoLeadersSavingTheSameCommentCannotOverwriteEachOther() throws Exception {
		var leader = municipality.user(municipality.account(Role.LEADER));
		var other = municipality.user(municipality.account(Role.LEADER));
		var page = "/statistics/annual?kind=year&year=2025";
		assertThat(comment(leader, null, "Første forord.")).hasStatus3xxRedirection();

		var opened = version(leader, page, "text-foreword");
		assertThat(version(other, page, "text-foreword")).isEqualTo(opened);
		assertThat(comment(leader, opened, "Forord fra leder én.")).hasStatus3xxRedirection();
		assertThat(comment(other, opened, "Forord fra leder to.")).hasStatus(HttpStatus.CONFLICT);
		assertThat(comment(other, null, "Forord som ny.")).as("a new comment where one was saved meanwhile")
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.queryForObject("select text from report_comment where team_id = ? and section = 'foreword'",
				String.class, municipality.teamA))
			.isEqualTo("Forord fra leder én.");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult end(CurrentUser who, UUID shift, String version,
			String time) {
		var request = mvc.post()
			.uri("/fieldwork/shifts/{id}/end", shift)
			.param("endDate", "2025-03-14")
			.param("endTime", time)
			.with(user(who))
			.with(csrf());
		if (version != null) {
			request = request.param("version", version);
		}
		return request.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult comment(CurrentUser who, String version,
			String text) {
		var request = mvc.post()
			.uri("/statistics/annual/comments?kind=year&year=2025")
			.param("section", "foreword")
			.param("text", text)
			.with(user(who))
			.with(csrf());
		if (version != null) {
			request = request.param("version", version);
		}
		return request.exchange();
	}

	/**
	 * The version a form carries, read from the form that holds the field with the given
	 * id.
	 */
	private String version(CurrentUser who, String url, String fieldId) throws Exception {
		var page = mvc.get().uri(url).with(user(who)).exchange();
		assertThat(page).hasStatusOk();
		var html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		var field = html.getElementById(fieldId);
		assertThat(field).as(fieldId).isNotNull();
		var version = field.closest("form").selectFirst("input[name=version]");
		assertThat(version).as("the form carries the version it was opened with").isNotNull();
		return version.val();
	}

}
