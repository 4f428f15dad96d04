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
 * A value that cannot be read is reported at its field, and everything else on the form
 * stays as typed (issue 15): the encounter with a time of 25:99, a tally and two themes
 * comes back with the error at the time and the tally and the themes as they were, and
 * nothing is stored.
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
			var value = input.tagName().equals("select") ? input.select("option[selected]").isEmpty()
					? input.select("option").first().val() : input.selectFirst("option[selected]").val() : input.val();
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
				municipality.teamA))
			.isZero();
	}

	/**
	 * The observation: a time of 25:99 with two kinds and a severity chosen. The kinds
	 * and the severity are not written with th:field; they came back unchosen before the
	 * form was kept ({@code TypedFormKeeping}).
	 */
	@Test
	void anUnreadableObservationTimeKeepsTheKindsAndTheSeverity() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var form = formOf(worker, "/fieldwork/observations/new", "/fieldwork/observations/new");
		var fields = fieldsOf(form);
		var kinds = form.select("input[name=kinds]").eachAttr("value").subList(0, 2);
		var severities = form.select("input[name=severity]").eachAttr("value");
		var severity = severities.get(severities.size() - 1);
		fields.put("kinds", kinds);
		fields.put("severity", List.of(severity));
		fields.put("time", List.of("25:99"));

		var shown = post(worker, "/fieldwork/observations/new", fields);
		assertThat(shown.selectFirst("#time-error")).as("the error at the time").isNotNull();
		assertThat(shown.selectFirst("#time").val()).isEqualTo("25:99");
		assertThat(shown.select("input[name=kinds][checked]").eachAttr("value")).containsExactlyElementsOf(kinds);
		assertThat(shown.select("input[name=severity][checked]").eachAttr("value")).containsExactly(severity);
		assertThat(shown.selectFirst("#date").val()).isEqualTo(fields.get("date").get(0));
	}

	/** The shift: a start time of 25:99 keeps the areas and the workers chosen. */
	@Test
	void anUnreadableShiftTimeKeepsTheAreasAndTheWorkers() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.post().uri("/fieldwork/shifts/start").with(user(worker)).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		var shift = jdbc.queryForObject("select id from shift where team_id = ?", java.util.UUID.class,
				municipality.teamA);
		var path = "/fieldwork/shifts/" + shift;
		var form = formOf(worker, path, path);
		var fields = fieldsOf(form);
		var areas = form.select("input[name=areaIds]").eachAttr("value");
		areas = areas.subList(0, Math.min(2, areas.size()));
		assertThat(areas).isNotEmpty();
		var workers = form.select("input[name=workerIds]").eachAttr("value");
		fields.put("areaIds", areas);
		fields.put("workerIds", workers);
		fields.put("startTime", List.of("25:99"));

		var shown = post(worker, path, fields);
		assertThat(shown.selectFirst("#startTime-error")).as("the error at the start time").isNotNull();
		assertThat(shown.selectFirst("#startTime").val()).isEqualTo("25:99");
		assertThat(shown.select("input[name=areaIds][checked]").eachAttr("value")).containsExactlyElementsOf(areas);
		assertThat(shown.select("input[name=workerIds][checked]").eachAttr("value")).containsExactlyElementsOf(workers);
	}

	/**
	 * Information work: a date that is no date keeps the kind, who led it, the themes and
	 * the workers.
	 */
	@Test
	void anUnreadableInformationDateKeepsTheKindTheThemesAndTheWorkers() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var form = formOf(worker, "/information/new", "/information/new");
		var fields = fieldsOf(form);
		var kinds = form.select("input[name=kind]").eachAttr("value");
		var kind = kinds.get(kinds.size() - 1);
		var themes = form.select("input[name=themes]").eachAttr("value").subList(0, 2);
		var workers = form.select("input[name=workers]").eachAttr("value");
		fields.put("kind", List.of(kind));
		fields.put("led", List.of("false"));
		fields.put("themes", themes);
		fields.put("workers", workers);
		fields.put("date", List.of("31.02.2026"));

		var shown = post(worker, "/information/new", fields);
		assertThat(shown.selectFirst("#date-error")).as("the error at the date").isNotNull();
		assertThat(shown.select("input[name=kind][checked]").eachAttr("value")).containsExactly(kind);
		assertThat(shown.select("input[name=led][checked]").eachAttr("value")).containsExactly("false");
		assertThat(shown.select("input[name=themes][checked]").eachAttr("value")).containsExactlyElementsOf(themes);
		assertThat(shown.select("input[name=workers][checked]").eachAttr("value")).containsExactlyElementsOf(workers);
	}

	/** Anonymous guidance: a service that cannot be read keeps the themes. */
	@Test
	void anUnreadableServiceKeepsTheThemesOfAnAnonymousGuidance() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var form = formOf(worker, "/referrals/guidance/new", "/referrals/guidance/new");
		var fields = fieldsOf(form);
		var themes = form.select("input[name=themes]").eachAttr("value").subList(0, 2);
		fields.put("themes", themes);
		fields.put("serviceId", List.of("not-a-uuid"));
		fields.put("note", List.of("Ved kiosken"));

		var shown = post(worker, "/referrals/guidance/new", fields);
		assertThat(shown.selectFirst("#serviceId-error")).as("the error at the service").isNotNull();
		assertThat(shown.select("input[name=themes][checked]").eachAttr("value")).containsExactlyElementsOf(themes);
		assertThat(shown.selectFirst("[name=note]").val()).isEqualTo("Ved kiosken");
	}

	@Autowired
	no.feltlogg.youth.YouthRecords records;

	/**
	 * A referral: a service that cannot be read keeps the themes, the reason and what is
	 * shared.
	 */
	@Test
	void anUnreadableServiceKeepsTheThemesOfAReferral() throws Exception {
		var municipality = staff.newMunicipality();
		var worker = municipality.user(municipality.account(Role.WORKER));
		var today = java.time.LocalDate.now(java.time.Clock.systemUTC().withZone(no.feltlogg.shared.Oslo.ZONE));
		var youth = no.feltlogg.support.AsUser.call(worker, () -> records.register(worker,
				new no.feltlogg.youth.YouthDetails("Ida Solheim", no.feltlogg.youth.Birth.of(today.minusYears(16)),
						no.feltlogg.shared.Gender.GIRL, null, null, null, java.util.Set.of(worker.accountId()), false),
				no.feltlogg.youth.NewConsent.registration(no.feltlogg.youth.ConsentGiver.YOUTH,
						no.feltlogg.youth.HowGiven.ORAL, today.minusDays(30))));
		var path = "/referrals/new?youth=" + youth;
		var form = formOf(worker, path, path);
		var fields = fieldsOf(form);
		var themes = form.select("input[name=themes]").eachAttr("value").subList(0, 2);
		fields.put("themes", themes);
		fields.put("serviceId", List.of("not-a-uuid"));
		fields.put("reason", List.of("Vil snakke med noen"));
		fields.put("sharedInformation", List.of("Navn og alder"));

		var shown = post(worker, path, fields);
		assertThat(shown.selectFirst("#serviceId-error")).as("the error at the service").isNotNull();
		assertThat(shown.select("input[name=themes][checked]").eachAttr("value")).containsExactlyElementsOf(themes);
		assertThat(shown.selectFirst("[name=reason]").val()).isEqualTo("Vil snakke med noen");
		assertThat(shown.selectFirst("[name=sharedInformation]").val()).isEqualTo("Navn og alder");
	}

	private org.jsoup.nodes.Element formOf(no.feltlogg.shared.CurrentUser user, String page, String action)
			throws Exception {
		var answer = mvc.get().uri(page).with(user(user)).exchange();
		assertThat(answer).hasStatusOk();
		var form = Jsoup.parse(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("main form[action='" + action + "']");
		assertThat(form).as("the form of " + page).isNotNull();
		return form;
	}

	/**
	 * What the form would send as shown: every field's value, the chosen boxes and
	 * radios.
	 */
	private static LinkedHashMap<String, List<String>> fieldsOf(org.jsoup.nodes.Element form) {
		var fields = new LinkedHashMap<String, List<String>>();
		for (var input : form.select("input[name], select[name], textarea[name]")) {
			var type = input.attr("type");
			if (input.attr("name").equals("_csrf")
					|| ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
				continue;
			}
			var value = input.tagName().equals("select") ? input.select("option[selected]").isEmpty()
					? input.select("option").first().val() : input.selectFirst("option[selected]").val() : input.val();
			fields.computeIfAbsent(input.attr("name"), n -> new ArrayList<>()).add(value);
		}
		return fields;
	}

	private Document post(no.feltlogg.shared.CurrentUser user, String action,
			LinkedHashMap<String, List<String>> fields) throws Exception {
		var request = mvc.post().uri(action).with(user(user)).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		var answer = request.exchange();
		assertThat(answer).hasStatusOk();
		return Jsoup.parse(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
