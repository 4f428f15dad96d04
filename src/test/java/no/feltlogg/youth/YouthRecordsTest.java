package no.feltlogg.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.AsUser;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Registering youths, their consents, priority and search, through the pages and the
 * database.
 */
@IntegrationTest
@RecordApplicationEvents
class YouthRecordsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	@Autowired
	Youths youths;

	@Autowired
	ApplicationEvents events;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
	}

	@Test
	void registrationIsRefusedWithoutConsent() {
		var name = "Uten Samtykke " + UUID.randomUUID();
		var page = mvc.post()
			.uri("/youth/new")
			.param("name", name)
			.param("birth", "2010")
			.param("gender", "GIRL")
			.param("consentGivenBy", "YOUTH")
			.param("consentHow", "ORAL")
			.param("consentDate", "01.09.2026")
			.with(user(worker))
			.with(csrf());
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Uten samtykke kan ungdommen ikke registreres med navn")
			.contains("id=\"consentGiven-error\"");
		assertThat(jdbc.queryForObject("select count(*) from youth where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void theDatabaseRefusesAYouthWithoutAConsentToRegistration() {
		assertThatThrownBy(() -> jdbc.update("""
				insert into youth (id, team_id, name, birth_year, gender, status, registered_at, registered_by)
				values (?, ?, 'Ingen Samtykke', 2010, 'BOY', 'ACTIVE', now(), ?)""", UUID.randomUUID(),
				municipality.teamA, worker.accountId()))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("consent to registration");
	}

	@Test
	void aRegisteredYouthHasTheConsentItWasRegisteredWith() {
		var name = "Mina Strand " + UUID.randomUUID();
		var result = mvc.post()
			.uri("/youth/new")
			.param("name", name)
			.param("birth", "05.03.2011")
			.param("gender", "GIRL")
			.param("consentGiven", "true")
			.param("consentGivenBy", "YOUTH")
			.param("consentHow", "ORAL")
			.param("consentDate", "01.09.2026")
			.with(user(worker))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		var id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/youth/".length()));
		var consents = AsUser.call(worker, () -> youths.consents(municipality.teamA, id));
		assertThat(consents).singleElement().satisfies(c -> {
			assertThat(c.scope()).isEqualTo(ConsentScope.REGISTRATION);
			assertThat(c.howGiven()).isEqualTo(HowGiven.ORAL);
			assertThat(c.givenOn()).isEqualTo(LocalDate.of(2026, 9, 1));
			assertThat(c.recordedBy()).isEqualTo(worker.accountId());
		});
		assertThat(mvc.get().uri("/youth/{id}", id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains(name)
			.contains("05.03.2011")
			.contains("Registrering")
			.contains("Gyldig");
	}

	@Test
	void aPossibleDuplicateIsShownBeforeSaving() {
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var existing = YouthFixtures.register(records, worker, "Åse Østby " + suffix,
				Birth.of(LocalDate.of(2010, 3, 5)));

		var warned = register("Aase Ostby " + suffix, "2010", false);
		assertThat(warned).hasStatusOk()
			.bodyText()
			.contains("Finnes ungdommen allerede?")
			.contains("/youth/" + existing)
			.contains("Registrer likevel");
		assertThat(countNamed("%" + suffix)).isOne();

		assertThat(register("Åse Østbye " + suffix, "05.03.2010", false)).as("close spelling, same year")
			.bodyText()
			.contains("Finnes ungdommen allerede?");
		assertThat(register("Åse Østbye " + suffix, "2004", false)).as("close spelling, another year")
			.hasStatus(HttpStatus.FOUND);
		assertThat(countNamed("%" + suffix)).isEqualTo(2);

		assertThat(register("Aase Ostby " + suffix, "2010", true)).as("registered anyway").hasStatus(HttpStatus.FOUND);
		assertThat(countNamed("%" + suffix)).isEqualTo(3);
	}

	@Test
	void searchIgnoresCaseAndNorwegianLettersTypedPlainly() {
		var suffix = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
		var oestby = YouthFixtures.register(records, worker, "Åse Østby" + suffix, Birth.year(2010));
		var baerum = YouthFixtures.register(records, worker, "Jørgen Bærum" + suffix,
				Birth.of(LocalDate.of(2009, 1, 2)));

		assertThat(search("ostby" + suffix)).containsExactly(oestby);
		assertThat(search("Aase ostby" + suffix)).containsExactly(oestby);
		assertThat(search("ØSTBY" + suffix)).containsExactly(oestby);
		assertThat(search("Jorgen baerum" + suffix)).containsExactly(baerum);
		assertThat(search("Hansen" + suffix)).isEmpty();
		assertThat(AsUser.call(worker, () -> records.search(worker, suffix, 2009, null, false)))
			.extracting(YouthSummary::id)
			.containsExactly(baerum);

		var otherTeam = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		assertThat(AsUser.call(otherTeam, () -> records.search(otherTeam, "ostby" + suffix, null, null, false)))
			.isEmpty();
		assertThat(mvc.get().uri("/youth").param("q", "Aase Ostby" + suffix).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Åse Østby" + suffix);
	}

	@Test
	void myYouthsAreThoseIAmContactWorkerFor() {
		var mine = YouthFixtures.register(records, worker, "Min Ungdom " + UUID.randomUUID(), Birth.year(2011));
		var colleague = municipality.user(municipality.account(Role.WORKER));
		var theirs = YouthFixtures.register(records, colleague, "Kollegas Ungdom " + UUID.randomUUID(),
				Birth.year(2011));
		assertThat(AsUser.call(worker, () -> records.mine(worker))).extracting(YouthSummary::id)
			.contains(mine)
			.doesNotContain(theirs);
	}

	@Test
	void priorityKeepsItsHistoryAndTheLeaderSeesWhoMovedThisMonth() {
		var id = YouthFixtures.register(records, worker, "Prioritert " + UUID.randomUUID(), Birth.year(2009));
		var today = LocalDate.now(no.feltlogg.shared.Oslo.ZONE);
		AsUser.run(worker, () -> records.changePriority(worker, id, PriorityLevel.YELLOW, today, "Søker eldre miljø"));
		AsUser.run(worker, () -> records.changePriority(worker, id, PriorityLevel.RED, today, "Anmeldt for ran"));

		assertThat(jdbc.queryForList("select coalesce(from_level, '-') || '>' || to_level from priority_change "
				+ "where youth_id = ? order by recorded_at", String.class, id))
			.containsExactly("->YELLOW", "YELLOW>RED");
		assertThat(mvc.post()
			.uri("/youth/{id}/priority", id)
			.param("level", "RED")
			.param("date", no.feltlogg.shared.DateFormats.DATE.format(today))
			.param("reason", "Fortsatt rød")
			.with(user(worker))
			.with(csrf())).hasStatusOk().bodyText().contains("Ungdommen har allerede denne prioriteten.");

		var leader = municipality.user(municipality.account(Role.LEADER));
		var overview = AsUser.call(leader,
				() -> records.priorityOverview(leader, java.time.YearMonth.now(no.feltlogg.shared.Oslo.ZONE)));
		assertThat(overview.counts().get(PriorityLevel.RED)).isEqualTo(1);
		assertThat(overview.counts().get(PriorityLevel.YELLOW)).isZero();
		assertThat(overview.moves()).hasSize(2).allMatch(m -> m.youthId().equals(id));
		assertThat(mvc.get().uri("/youth/priorities").with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Anmeldt for ran".isEmpty() ? "" : "Prioritetsoversikt");
		assertThat(mvc.get().uri("/youth/priorities").with(user(worker))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void withdrawingTheConsentToRegistrationClosesTheRecordAndTellsOtherModules() {
		var id = YouthFixtures.register(records, worker, "Trekker Samtykke " + UUID.randomUUID(), Birth.year(2008));
		var consent = AsUser.call(worker, () -> youths.consents(municipality.teamA, id)).get(0);
		var today = LocalDate.now(no.feltlogg.shared.Oslo.ZONE);
		AsUser.run(worker, () -> records.withdrawConsent(worker, id, consent.id(), today));

		assertThat(events.stream(ConsentWithdrawn.class)).singleElement().satisfies(e -> {
			assertThat(e.youthId()).isEqualTo(id);
			assertThat(e.scope()).isEqualTo(ConsentScope.REGISTRATION);
			assertThat(e.withdrawnOn()).isEqualTo(today);
		});
		assertThat(AsUser.call(worker, () -> youths.isOpenForEntries(municipality.teamA, id))).isFalse();
		assertThat(AsUser.call(worker,
				() -> youths.hasValidConsent(municipality.teamA, id, ConsentScope.REGISTRATION, null, today)))
			.isFalse();
		assertThat(mvc.get().uri("/youth/{id}", id).with(user(worker))).hasStatusOk()
			.bodyText()
			.contains("Trukket tilbake " + no.feltlogg.shared.DateFormats.DATE.format(today))
			.contains("Nye notater kan ikke skrives");
		assertThat(mvc.get().uri("/journal/new").param("youth", id.toString()).with(user(worker)))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/youth/" + id);
	}

	@Test
	void aConsentToShareCoversItsServiceOnlyWhileValid() {
		var id = YouthFixtures.register(records, worker, "Deler " + UUID.randomUUID(), Birth.year(2008));
		var service = UUID.randomUUID();
		var today = LocalDate.now(no.feltlogg.shared.Oslo.ZONE);
		AsUser.run(worker,
				() -> records.giveConsent(worker, id,
						new NewConsent(ConsentScope.SHARING, service, "Helsestasjon for ungdom", ConsentGiver.YOUTH,
								HowGiven.WRITTEN, today.minusDays(10), today.minusDays(1), null)));
		assertThat(AsUser.call(worker, () -> youths.consentsValidOn(municipality.teamA, id, ConsentScope.SHARING,
				service, today.minusDays(5))))
			.hasSize(1);
		assertThat(AsUser.call(worker,
				() -> youths.consentsValidOn(municipality.teamA, id, ConsentScope.SHARING, service, today)))
			.as("expired")
			.isEmpty();
		assertThat(AsUser.call(worker, () -> youths.consentsValidOn(municipality.teamA, id, ConsentScope.SHARING,
				UUID.randomUUID(), today.minusDays(5))))
			.as("another service")
			.isEmpty();
		assertThat(mvc.get().uri("/youth/{id}", id).with(user(worker))).bodyText().contains("Utløpt");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult register(String name, String birth,
			boolean duplicatesSeen) {
		var request = mvc.post()
			.uri("/youth/new")
			.param("name", name)
			.param("birth", birth)
			.param("gender", "GIRL")
			.param("consentGiven", "true")
			.param("consentGivenBy", "YOUTH")
			.param("consentHow", "ORAL")
			.param("consentDate", "01.09.2026")
			.with(user(worker))
			.with(csrf());
		if (duplicatesSeen) {
			request = request.param("duplicatesSeen", "true");
		}
		return request.exchange();
	}

	private int countNamed(String pattern) {
		return jdbc.queryForObject("select count(*) from youth where team_id = ? and name like ?", Integer.class,
				municipality.teamA, pattern);
	}

	private java.util.List<UUID> search(String query) {
		return AsUser.call(worker, () -> records.search(worker, query, null, null, false))
			.stream()
			.map(YouthSummary::id)
			.toList();
	}

}
