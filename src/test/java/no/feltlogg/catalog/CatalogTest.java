package no.feltlogg.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

@IntegrationTest
class CatalogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	Catalog catalog;

	TestStaff.Municipality municipality;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		leader = municipality.user(municipality.account(Role.LEADER));
	}

	@Test
	void aNewTeamStartsWithTheNorwegianCodeLists() {
		var team = municipality.teamA;
		assertThat(catalog.active(team, CodeKind.ARENA)).extracting(CodeItem::code)
			.containsExactly("street", "school", "online", "gaming", "event", "office", "phone");
		assertThat(catalog.active(team, CodeKind.AGE_BAND)).extracting(CodeItem::label)
			.containsExactly("<12", "12-15", "16-18", ">18");
		assertThat(catalog.labels(team, CodeKind.THEME)).containsEntry("alcohol", "Alkohol")
			.containsEntry("radicalisation", "Radikalisering og hatprat")
			.hasSize(17);
		assertThat(catalog.active(team, CodeKind.PLACE)).extracting(CodeItem::label).contains("Jernbanestasjonen");
		assertThat(catalog.activeServices(team)).extracting(ServiceInfo::kind)
			.contains(ServiceKind.CHILD_WELFARE, ServiceKind.YOUTH_HEALTH_CLINIC, ServiceKind.NAV);
		assertThat(catalog.ageBandFor(team, 11)).get().extracting(CodeItem::label).isEqualTo("<12");
		assertThat(catalog.ageBandFor(team, 16)).get().extracting(CodeItem::label).isEqualTo("16-18");
		assertThat(catalog.ageBandFor(team, 23)).get().extracting(CodeItem::label).isEqualTo(">18");
		assertThat(catalog.timeOfDayFor(team, 23)).get().extracting(CodeItem::code).isEqualTo("night");
		assertThat(catalog.timeOfDayFor(team, 3)).get().extracting(CodeItem::code).isEqualTo("night");
		assertThat(catalog.timeOfDayFor(team, 16)).get().extracting(CodeItem::code).isEqualTo("evening");
	}

	@Test
	void aLeaderAddsAPlaceOnlyWithItsArea() {
		assertThat(mvc.post()
			.uri("/team/codes?kind=PLACE")
			.param("label", "Ungdomsklubben")
			.with(user(leader))
			.with(csrf())).hasStatusOk().bodyText().contains("Velg området stedet ligger i.");
		assertThat(catalog.all(municipality.teamA, CodeKind.PLACE)).extracting(CodeItem::label)
			.doesNotContain("Ungdomsklubben");

		var centre = catalog.ensure(municipality.teamA, CodeKind.AREA, "Sentrum", null);
		assertThat(mvc.post()
			.uri("/team/codes?kind=PLACE")
			.param("label", "Ungdomsklubben")
			.param("areaId", centre.id().toString())
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/team/codes?kind=PLACE");
		assertThat(catalog.active(municipality.teamA, CodeKind.PLACE))
			.filteredOn(c -> c.label().equals("Ungdomsklubben"))
			.singleElement()
			.extracting(CodeItem::areaId)
			.isEqualTo(centre.id());
		assertThat(catalog.all(municipality.teamB, CodeKind.PLACE)).extracting(CodeItem::label)
			.doesNotContain("Ungdomsklubben");
	}

	@Test
	void aRetiredCodeCannotBeChosenButOldRecordsKeepIt() {
		var beach = catalog.active(municipality.teamA, CodeKind.PLACE)
			.stream()
			.filter(p -> p.label().equals("Stranda"))
			.findFirst()
			.orElseThrow();
		assertThat(mvc.post().uri("/team/codes/{id}/retire", beach.id()).with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/team/codes?kind=PLACE");
		assertThat(catalog.active(municipality.teamA, CodeKind.PLACE)).extracting(CodeItem::id)
			.doesNotContain(beach.id());
		assertThat(catalog.find(municipality.teamA, beach.id())).get().extracting(CodeItem::retired).isEqualTo(true);
		assertThat(mvc.get().uri("/team/codes?kind=PLACE").with(user(leader))).bodyText()
			.contains("Stranda")
			.contains("Faset ut");
	}

	@Test
	void ageBandsAreEditableAndChecked() {
		var band = catalog.byCode(municipality.teamA, CodeKind.AGE_BAND, "12-15").orElseThrow();
		assertThat(mvc.post()
			.uri("/team/codes/{id}", band.id())
			.param("label", "12-15")
			.param("minAge", "15")
			.param("maxAge", "12")
			.with(user(leader))
			.with(csrf())).hasStatusOk().bodyText().contains("Til-alderen kan ikke være lavere enn fra-alderen.");
		assertThat(mvc.post()
			.uri("/team/codes/{id}", band.id())
			.param("label", "13-15")
			.param("minAge", "13")
			.param("maxAge", "15")
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/team/codes?kind=AGE_BAND");
		assertThat(catalog.find(municipality.teamA, band.id())).get()
			.satisfies(b -> assertThat(b.label()).isEqualTo("13-15"))
			.satisfies(b -> assertThat(b.minAge()).isEqualTo(13))
			.satisfies(b -> assertThat(b.code()).isEqualTo("12-15"));
	}

	@Test
	void anotherTeamsCodeIsNotFound() {
		var otherTeamsPlace = catalog.active(municipality.teamB, CodeKind.PLACE).getFirst();
		assertThat(mvc.get().uri("/team/codes/{id}", otherTeamsPlace.id()).with(user(leader)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/team/codes/{id}/retire", otherTeamsPlace.id()).with(user(leader)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(catalog.find(municipality.teamB, otherTeamsPlace.id())).get()
			.extracting(CodeItem::retired)
			.isEqualTo(false);
	}

	@Test
	void onlyLeadersEditCodeListsAndServices() {
		for (var role : new Role[] { Role.WORKER, Role.SLT, Role.ADMIN }) {
			var user = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/team/codes").with(user(user))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/team/services").with(user(user))).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void aLeaderKeepsTheServiceDirectory() {
		assertThat(mvc.post()
			.uri("/team/services/new")
			.param("name", "Ungdomslosen")
			.param("kind", "OTHER")
			.param("webAddress", "ikke en adresse")
			.with(user(leader))
			.with(csrf())).hasStatusOk().bodyText().contains("Skriv en nettadresse som begynner med https://");
		assertThat(mvc.post()
			.uri("/team/services/new")
			.param("name", "Ungdomslosen")
			.param("kind", "OTHER")
			.param("phone", "+47 55 00 00 00")
			.param("webAddress", "https://elvedal.kommune.no/ungdomslos")
			.param("minAge", "13")
			.param("maxAge", "20")
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/team/services");
		assertThat(catalog.services(municipality.teamA)).filteredOn(s -> s.name().equals("Ungdomslosen"))
			.singleElement()
			.satisfies(s -> assertThat(s.phone()).isEqualTo("+47 55 00 00 00"));
		assertThat(mvc.get().uri("/team/services").with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Ungdomslosen");
	}

	@Test
	void slugsAreReadable() {
		assertThat(Catalog.slug("Jernbanestasjonen Øst")).isEqualTo("jernbanestasjonen-ost");
		assertThat(Catalog.slug("Åsen skole – Ærfugl")).isEqualTo("asen-skole-aerfugl");
	}

}
