package no.feltlogg.journal;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.NewConsent;
import no.feltlogg.youth.ConsentGiver;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.HowGiven;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * Issue #17 (ADR 0038): contact with a youth's guardians needs her consent to it or a
 * written legal basis. Seen failing on the code before it: the entry about a conversation
 * with the guardians was saved without either.
 */
@IntegrationTest
class GuardianContactConsentTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	CurrentUser worker;

	UUID youth;

	LocalDate today = LocalDate.now(Oslo.ZONE);

	@BeforeEach
	void setUp() {
		var municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		youth = YouthFixtures.register(records, worker, "Foresatte Ungdom " + UUID.randomUUID(), Birth.year(2010));
	}

	@Test
	void withoutTheYouthsConsentOrALegalBasisTheContactIsRefusedWithTheReasonOnThePage() {
		assertThat(post(null, null)).hasStatusOk()
			.bodyText()
			.contains("Teamet kontakter ikke foresatte uten ungdommens samtykke til det")
			.contains("id=\"type-error\"");
		assertThat(entries()).isZero();

		assertThat(post("DUTY_TO_INFORM", "")).hasStatusOk()
			.bodyText()
			.contains("Skriv begrunnelsen for lovgrunnlaget.");
		assertThat(entries()).isZero();

		assertThat(post("DUTY_TO_INFORM", "Bekymring for omsorgssvikt, meldt barnevernet samme dag."))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select legal_basis from journal_entry where youth_id = ?", String.class, youth))
			.isEqualTo("DUTY_TO_INFORM");
	}

	@Test
	void withTheYouthsConsentToContactWithHerGuardiansTheEntryIsSaved() {
		AsUser.run(worker, () -> records.giveConsent(worker, youth, new NewConsent(ConsentScope.GUARDIAN_CONTACT, null,
				null, ConsentGiver.YOUTH, HowGiven.ORAL, today.minusDays(2), null, null)));
		assertThat(post(null, null)).hasStatus3xxRedirection();
		assertThat(entries()).isEqualTo(1);
		// a consent given only by the guardians is not the youth's consent to it
		var other = YouthFixtures.register(records, worker, "Foresatte Andre " + UUID.randomUUID(), Birth.year(2010));
		AsUser.run(worker, () -> records.giveConsent(worker, other, new NewConsent(ConsentScope.GUARDIAN_CONTACT, null,
				null, ConsentGiver.GUARDIAN, HowGiven.ORAL, today.minusDays(2), null, null)));
		youth = other;
		assertThat(post(null, null)).hasStatusOk().bodyText().contains("id=\"type-error\"");
	}

	private MvcTestResult post(String basis, String grounds) {
		var request = mvc.post()
			.uri("/journal/new?youth={youth}", youth)
			.param("type", "GUARDIANS")
			.param("occurredOn", DateFormats.DATE.format(today))
			.param("text", "Samtale med mor om skolefravær.")
			.param("action", "sign")
			.with(user(worker))
			.with(csrf());
		if (basis != null) {
			request = request.param("legalBasis", basis).param("legalBasisNote", grounds);
		}
		return request.exchange();
	}

	private int entries() {
		return jdbc.queryForObject("select count(*) from journal_entry where youth_id = ?", Integer.class, youth);
	}

}
