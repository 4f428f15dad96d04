package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

/**
 * Exactly once (issue 15, ADR 0031): a form sent twice with the same idempotency key
 * stores one record.
 */
@IntegrationTest
class ExactlyOnceTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	MockMvcRequestBuilder encounter(CurrentUser who, String key, String boys) {
		return mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", "2025-03-14")
			.param("time", "21:30")
			.param("arena", "street")
			.param("counts[BOY:12-15]", boys)
			.param("idempotencyKey", key)
			.with(user(who))
			.with(csrf());
	}

	int encounters(CurrentUser who) {
		return jdbc.queryForObject("select count(*) from encounter where team_id = ?", Integer.class,
				who.requireTeamId());
	}

	@Test
	void theEncounterFormCarriesAFreshKeyEachTimeItIsOpened() throws Exception {
		var first = key(mvc.get()
			.uri("/fieldwork/encounters/new")
			.with(user(worker))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		var second = key(mvc.get()
			.uri("/fieldwork/encounters/new")
			.with(user(worker))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
	}

	@Test
	void theSameEncounterSentTwiceIsStoredOnceAndBothAnswersRedirectToTheSamePlace() {
		var key = UUID.randomUUID().toString();
		var first = encounter(worker, key, "3").exchange();
		var second = encounter(worker, key, "3").exchange();

		assertThat(first).hasStatus3xxRedirection().hasRedirectedUrl("/");
		assertThat(second).hasStatus3xxRedirection().hasRedirectedUrl("/");
		assertThat(first).flash().containsEntry("message", "fieldwork.encounter.logged");
		assertThat(encounters(worker)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select result_url from idempotency_key where account_id = ? and key = ?",
				String.class, worker.accountId(), UUID.fromString(key)))
			.isEqualTo("/");
	}

	@Test
	void theRepeatSaysThatItWasAlreadySaved() throws Exception {
		var key = UUID.randomUUID().toString();
		var first = encounter(worker, key, "1").exchange();
		assertThat(first).hasRedirectedUrl("/");
		var session = SessionCookie.of(first); // the note waits in the session (in
												// PostgreSQL) for the next page
		assertThat(mvc.get().uri("/").with(user(worker)).cookie(session)).bodyText().contains("Treffet er lagret");
		assertThat(encounter(worker, key, "1").cookie(session)).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/").with(user(worker)).cookie(session)).bodyText()
			.contains("Dette var allerede lagret. Ingenting ble lagret to ganger.");
		assertThat(encounters(worker)).isEqualTo(1);
	}

	@Test
	void twoFormsWithTwoKeysAreTwoEncounters() {
		assertThat(encounter(worker, UUID.randomUUID().toString(), "1")).hasRedirectedUrl("/");
		assertThat(encounter(worker, UUID.randomUUID().toString(), "1")).hasRedirectedUrl("/");
		assertThat(encounters(worker)).isEqualTo(2);
	}

	@Test
	void aFormShownAgainWithAnErrorCanBeCorrectedAndSentWithTheSameKey() {
		var key = UUID.randomUUID().toString();
		assertThat(encounter(worker, key, "abc")).hasStatusOk();
		assertThat(encounters(worker)).isZero();
		assertThat(encounter(worker, key, "2")).hasRedirectedUrl("/");
		assertThat(encounters(worker)).isEqualTo(1);
	}

	@Test
	void anotherAccountsKeyIsNotARepeat() {
		var other = municipality.user(municipality.account(Role.WORKER));
		var key = UUID.randomUUID().toString();
		assertThat(encounter(worker, key, "1")).hasRedirectedUrl("/");
		assertThat(encounter(other, key, "1")).hasRedirectedUrl("/");
		assertThat(encounters(worker)).isEqualTo(2);
	}

	@Test
	void aKeyThatIsNotAUuidIsIgnoredAndTheFormIsSaved() {
		assertThat(encounter(worker, "not-a-key", "1")).hasRedirectedUrl("/");
		assertThat(encounter(worker, "not-a-key", "1")).hasRedirectedUrl("/");
		assertThat(encounters(worker)).isEqualTo(2);
	}

	private static String key(String page) {
		var matcher = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
		assertThat(matcher.find()).as("the form has an idempotency key").isTrue();
		return matcher.group(1);
	}

}
