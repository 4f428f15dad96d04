package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * A value that cannot be read is reported at its field, and everything else on the form stays as typed (issue 15):
 * the encounter with a time of 25:99, a tally and two themes comes back with the error at the time and the tally and
 * the themes as they were, and nothing is stored.
 */
@IntegrationTest
class UnreadableValueKeepsTheFormTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUnreadableTimeIsReportedAtItsFieldAndTheTallyAndThemesStay() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var page = mvc.get().uri("/fieldwork/encounters/new").with(user(worker)).exchange();
		assertThat(page).hasStatusOk();
		var form = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("main form[action='/fieldwork/encounters/new']");
		assertThat(form).isNotNull();

		var fields = new LinkedHashMap<String, List<String>>();
		for (var input : form.select("input[name], select[name], textarea[name]")) {
			var type = input.attr("type");
			if (type.equals("checkbox") || type.equals("radio") || input.attr("name").equals("_csrf")) {
				continue;
			}
			var value = input.tagName().equals("select")
					? input.select("option[selected]").isEmpty() ? input.select("option").first().val()
							: input.selectFirst("option[selected]").val()
					: input.val();
			fields.computeIfAbsent(input.attr("name"), n -> new ArrayList<>()).add(value);
		}
		var boys = form.selectFirst("#count-BOY-1").attr("name");
		var girls = form.selectFirst("#count-GIRL-2").attr("name");
		var themes = form.select("input[name=themes]").eachAttr("value").subList(0, 2);
		fields.put(boys, List.of("3"));
		fields.put(girls, List.of("2"));
		fields.put("themes", themes);
		fields.put("time", List.of("25:99"));

		var request = mvc.post().uri("/fieldwork/encounters/new").with(user(worker)).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		var answer = request.exchange();

		assertThat(answer).hasStatusOk();
		Document shown = Jsoup.parse(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(shown.selectFirst("#time-error")).as("the error at the time").isNotNull();
		assertThat(shown.selectFirst("#time").attr("aria-invalid")).isEqualTo("true");
		assertThat(shown.selectFirst("#time").val()).as("the time as typed").isEqualTo("25:99");
		assertThat(shown.selectFirst("#count-BOY-1").val()).isEqualTo("3");
		assertThat(shown.selectFirst("#count-GIRL-2").val()).isEqualTo("2");
		assertThat(shown.select("input[name=themes][checked]").eachAttr("value")).containsExactlyElementsOf(themes);
		assertThat(shown.selectFirst("#date").val()).isEqualTo(fields.get("date").get(0));
		assertThat(jdbc.queryForObject("select count(*) from encounter where team_id = ?", Integer.class,
				municipality.teamA)).isZero();
	}

}
