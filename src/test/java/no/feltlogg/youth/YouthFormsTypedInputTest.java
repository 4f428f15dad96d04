package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Whatever a worker types or pastes into the youth and journal forms, the answer is the
 * form again with what was typed and a message at the field, never an error page, and
 * nothing half-stored.
 */
@IntegrationTest
class YouthFormsTypedInputTest {

	/**
	 * What ends up in form fields: wrong dates, numbers out of range, text far too long,
	 * control characters.
	 */
	static final List<String> TYPED = List.of("31.02.2026", "99.99.9999", "1.1.99999", "i går", "-1", "99999999999",
			"1e3", "NOPE", "not-a-uuid", "x".repeat(25_000), "Ola\u0000Nordmann", "<script>alert(1)</script>", "   ",
			"'; drop table youth; --");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser worker;

	UUID youth;

	UUID consent;

	UUID entry;

	@BeforeEach
	void setUp() {
		var municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		youth = YouthFixtures.register(records, worker, "Skrive Ungdom " + UUID.randomUUID(), Birth.year(2009));
		consent = jdbc.queryForObject("select id from consent where youth_id = ?", UUID.class, youth);
		assertThat(mvc.post()
			.uri("/journal/new")
			.param("youth", youth.toString())
			.param("type", "FOLLOW_UP")
			.param("occurredOn", FormDates.today())
			.param("text", "Utkast.")
			.param("action", "draft")
			.with(user(worker))
			.with(csrf())).hasStatus3xxRedirection();
		entry = jdbc.queryForObject("select id from journal_entry where youth_id = ?", UUID.class, youth);
	}

	@Test
	void anythingTypedIntoTheFormsGetsAnAnswerAndNeverAnErrorPage() {
		var forms = Map.of("/youth/new",
				List.of("name", "birth", "gender", "phone", "schoolId", "homeMunicipality", "contactIds",
						"consentGivenBy", "consentHow", "consentDate"),
				"/youth/" + youth + "/edit",
				List.of("name", "birth", "gender", "phone", "schoolId", "homeMunicipality", "contactIds", "version"),
				"/youth/" + youth + "/priority", List.of("level", "date", "reason"),
				"/youth/" + youth + "/consents/new",
				List.of("scope", "serviceId", "serviceName", "givenBy", "howGiven", "givenOn", "expiresOn", "note"),
				"/youth/" + youth + "/consents/" + consent + "/withdraw", List.of("date"),
				"/youth/" + youth + "/concerns/new", List.of("criterion", "notedOn", "note"),
				"/journal/new?youth=" + youth, List.of("type", "occurredOn", "durationMinutes", "themes", "text"),
				"/journal/" + entry + "/edit",
				List.of("type", "occurredOn", "durationMinutes", "themes", "text", "version"), "/journal/anonymous/new",
				List.of("type", "occurredOn", "durationMinutes", "themes"));
		long youths = count("youth");
		long entries = count("journal_entry");
		long consents = count("consent");
		var failed = new java.util.ArrayList<String>();
		for (var form : forms.entrySet()) {
			for (var typed : TYPED) {
				var request = mvc.post().uri(form.getKey()).with(user(worker)).with(csrf());
				form.getValue().forEach(field -> request.param(field, typed));
				var result = request.exchange();
				if (result.getUnresolvedException() != null || result.getResponse().getStatus() >= 500) {
					failed.add(form.getKey() + " with every field "
							+ (typed.length() > 40 ? typed.substring(0, 40) + "…" : typed) + ": "
							+ (result.getUnresolvedException() != null ? result.getUnresolvedException().getMessage()
									: result.getResponse().getStatus()));
				}
			}
		}
		assertThat(failed).isEmpty();
		assertThat(count("youth")).isEqualTo(youths);
		assertThat(count("journal_entry")).isEqualTo(entries);
		assertThat(count("consent")).isEqualTo(consents);
	}

	@Test
	void aControlCharacterPastedIntoANameIsDroppedAndTheYouthIsRegistered() {
		assertThat(mvc.post()
			.uri("/youth/new")
			.param("name", "Ola\u0000 Nord\u0007mann")
			.param("birth", "2009")
			.param("gender", "BOY")
			.param("homeMunicipality", "Drammen")
			.param("consentGiven", "true")
			.param("consentGivenBy", "YOUTH")
			.param("consentHow", "ORAL")
			.param("consentDate", FormDates.today())
			.with(user(worker))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("select name from youth where team_id = ? order by name", String.class,
				worker.requireTeamId()))
			.contains("Ola Nordmann");
	}

	@Test
	void aNumberThatIsNoWholeNumberIsRefusedAtItsFieldWithTheRestOfTheFormKept() {
		assertThat(mvc.post()
			.uri("/journal/anonymous/new")
			.param("type", "NOPE")
			.param("occurredOn", "i går")
			.param("durationMinutes", "99999999999")
			.with(user(worker))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("<p class=\"field-error\" id=\"durationMinutes-error\">Skriv et helt tall.</p>")
			.contains("id=\"occurredOn-error\"")
			.contains("value=\"i g&aring;r\"");
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
