package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.SessionCookie;
import no.feltlogg.support.TestStaff;

@IntegrationTest
class EncounterImportTest {

	static final String HEADER = "date,time,arena,area,place,gender,age,count,themes,source_id\n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		leader = municipality.user(municipality.account(Role.LEADER));
	}

	@Test
	void everyBadLineIsReportedWithItsNumberAndReasonAndNothingIsStored() {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol;school,SOMA-1
				2025-02-30,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-2
				2025-03-14,21:30,bus,Sentrum,Torget,boy,12-15,3,,SOMA-3
				2025-03-14,21:30,street,Sentrum,Torget,gutter,12-15,3,,SOMA-4
				2025-03-14,21:30,street,Sentrum,Torget,girl,12-15,0,,SOMA-5
				2025-03-14,21:30,street,Sentrum,Torget,girl,12-15,-2,,SOMA-6
				2025-03-14,21:30,street,Sentrum,Torget,girl,12-15,2,alcohol;poetry,SOMA-7
				2025-03-14,21:30,street,Sentrum,Torget,girl,12-15,2,,
				2025-03-14,25:00,street,Nytt område,Ny plass,girl,40-50,2,,SOMA-9
				2025-03-14,21:30,street,Sentrum,Torget,girl,12-15,2,,SOMA-1
				""";
		var result = post(csv, false);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(0);
		assertThat(result).bodyJson().extractingPath("$.errorCount").isEqualTo(9);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].line")
			.isEqualTo(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11));
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].message")
			.isEqualTo(List.of("Datoen «2025-02-30» er ugyldig: skriv den som åååå-mm-dd.",
					"Arenaen «bus» finnes ikke i teamets liste.",
					"Kjønn «gutter» er ukjent: bruk boy, girl, other eller unknown (eller gutt, jente, annet, ukjent).",
					"Antallet «0» er ugyldig: skriv et helt tall fra 1 til 999.",
					"Antallet «-2» er ugyldig: skriv et helt tall fra 1 til 999.",
					"Temaet «poetry» finnes ikke i teamets liste.", "source_id mangler.",
					"Klokkeslettet «25:00» er ugyldig: skriv det som tt:mm. "
							+ "Aldersgruppen «40-50» finnes ikke i teamets liste.",
					"source_id «SOMA-1» står også på linje 2."));
		assertThat(encounters(municipality.teamA)).isZero();
		assertThat(areaNames(municipality.teamA)).doesNotContain("Nytt område");
	}

	@Test
	void aLineWithAControlCharacterIsReportedAndNothingIsStored() {
		var csv = HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-1\n"
				+ "2025-03-14,21:30,street,Ny\u0000plass,Torget,boy,12-15,3,,SOMA-\u0000-2\n";
		var result = post(csv, false);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.errors[*].line").isEqualTo(List.of(3));
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo(
					"Feltet «area» inneholder et kontrolltegn (for eksempel NUL). Lagre fila på nytt som vanlig tekst "
							+ "(UTF-8). Feltet «source_id» inneholder et kontrolltegn (for eksempel NUL). Lagre fila på nytt som "
							+ "vanlig tekst (UTF-8).");
		assertThat(encounters(municipality.teamA)).isZero();
	}

	@Test
	void bytesThatAreNotUtf8AreRefusedWithTheirLineAndNothingIsStored() {
		var good = new StringBuilder(HEADER);
		for (int i = 1; i <= 1500; i++) {
			good.append("2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-").append(i).append('\n');
		}
		var file = new java.io.ByteArrayOutputStream();
		file.writeBytes(good.toString().getBytes(StandardCharsets.UTF_8));
		// line 1502: "Tåsen" as an old spreadsheet saves it, in Windows-1252
		file.writeBytes("2025-03-14,21:30,street,Sentrum,T\u00e5sen,boy,12-15,3,,SOMA-X\n"
			.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		file.writeBytes(
				"2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-Y\n".getBytes(StandardCharsets.UTF_8));
		var result = mvc.post()
			.uri("/api/v1/import/encounters?dryRun=false")
			.contentType("text/csv")
			.content(file.toByteArray())
			.with(user(leader))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.errors[*].line").isEqualTo(List.of(1502));
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Linjen er ikke gyldig UTF-8 (for eksempel «å» lagret som Windows-1252). "
					+ "Lagre fila på nytt som UTF-8. Resten av fila er ikke lest.");
		assertThat(encounters(municipality.teamA)).isZero();
		assertThat(areaNames(municipality.teamA)).noneMatch(name -> name.contains("\uFFFD"));
	}

	@Test
	void aDateOutsideTheYears1900To2100IsRefusedAndNothingIsStored() {
		var csv = HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-1\n"
				+ "0001-01-01,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-2\n"
				+ "1899-12-31,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-3\n";
		var result = post(csv, false);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.errors[*].line").isEqualTo(List.of(3, 4));
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Datoen «0001-01-01» ligger utenfor årene 1900–2100.");
		assertThat(encounters(municipality.teamA)).isZero();
	}

	@Test
	void aDryRunStoresNothingAndSaysHowManyWouldBeImported() {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol;school,SOMA-1
				2025-03-15,,school,Nordbyen,Ballplassen,girl,14,2,,SOMA-2
				""";
		var result = post(csv, true);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.skipped").isEqualTo(0);
		assertThat(result).bodyJson().extractingPath("$.dryRun").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.created.areas").isEqualTo(List.of("Nordbyen"));
		assertThat(result).bodyJson().extractingPath("$.created.places").isEqualTo(List.of("Ballplassen"));
		assertThat(encounters(municipality.teamA)).isZero();
		assertThat(areaNames(municipality.teamA)).doesNotContain("Nordbyen");
	}

	@Test
	void theApiAnswersTheAgreedJson() {
		var csv = HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol;school,SOMA-12345\n";
		var result = post(csv, false);

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"imported": 1, "skipped": 0, "errors": [], "errorCount": 0,
				 "created": {"areas": [], "places": []}, "dryRun": false}
				""");
	}

	@Test
	void importedEncountersAreTalliesOfTheLeadersTeamWithTheirHistory() {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol;school,SOMA-1
				2025-03-15,18:00,online,,,jente,17,2,mental_health,SOMA-2
				""";
		assertThat(post(csv, false)).hasStatusOk();

		var rows = jdbc.queryForList("select e.team_id, e.arena_code, e.themes::text as themes, i.imported_by,"
				+ " e.source_id, e.gender, e.age_band, e.count, e.area_id, e.place_id"
				+ " from imported_encounter e join encounter_import i on i.id = e.import_id where e.team_id = ?"
				+ " order by e.source_id", municipality.teamA);
		assertThat(rows).hasSize(2);
		var torget = place(municipality.teamA, "Torget");
		assertThat(rows.get(0)).containsEntry("arena_code", "street")
			.containsEntry("themes", "{alcohol,school}")
			.containsEntry("imported_by", leader.accountId())
			.containsEntry("gender", "BOY")
			.containsEntry("age_band", "12-15")
			.containsEntry("count", 3)
			.containsEntry("place_id", torget.id())
			.containsEntry("area_id", torget.areaId());
		assertThat(rows.get(1)).containsEntry("gender", "GIRL")
			.containsEntry("age_band", "16-18")
			.containsEntry("area_id", null)
			.containsEntry("themes", "{mental_health}");
		assertThat(encounters(municipality.teamB)).isZero();

		var imports = jdbc.queryForList("select imported_by, imported, skipped, first_date, last_date"
				+ " from encounter_import where team_id = ?", municipality.teamA);
		assertThat(imports).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("imported_by", leader.accountId())
				.containsEntry("imported", 2)
				.containsEntry("skipped", 0)
				.containsEntry("first_date", java.sql.Date.valueOf(LocalDate.of(2025, 3, 14)))
				.containsEntry("last_date", java.sql.Date.valueOf(LocalDate.of(2025, 3, 15))));
	}

	@Test
	void importingTheSameFileTwiceSkipsWhatWasImportedBefore() {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,SOMA-1
				2025-03-14,21:40,street,Sentrum,Torget,girl,12-15,2,,SOMA-2
				2025-03-14,21:50,street,Sentrum,Torget,girl,16-18,1,,SOMA-3
				""";
		assertThat(post(csv, false)).bodyJson().extractingPath("$.imported").isEqualTo(3);

		var again = post(csv, false);
		assertThat(again).hasStatusOk();
		assertThat(again).bodyJson().extractingPath("$.imported").isEqualTo(0);
		assertThat(again).bodyJson().extractingPath("$.skipped").isEqualTo(3);
		assertThat(encounters(municipality.teamA)).isEqualTo(3);

		var more = post(csv + "2025-03-15,20:00,street,Sentrum,Torget,boy,16-18,4,,SOMA-4\n", true);
		assertThat(more).bodyJson().extractingPath("$.imported").isEqualTo(1);
		assertThat(more).bodyJson().extractingPath("$.skipped").isEqualTo(3);
		assertThat(youths(municipality.teamA)).isEqualTo(6);
	}

	@Test
	void anAreaNamedOnlyOnSkippedLinesIsNotCreated() {
		assertThat(post(HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,SKIP-1\n", false)).hasStatusOk();

		var again = post(HEADER + "2025-03-14,21:30,street,Østbyen,Plassen,boy,12-15,3,,SKIP-1\n"
				+ "2025-03-14,21:30,street,Vestbyen,,boy,12-15,3,,SKIP-2\n", false);
		assertThat(again).bodyJson().extractingPath("$.skipped").isEqualTo(1);
		assertThat(again).bodyJson().extractingPath("$.created.areas").isEqualTo(List.of("Vestbyen"));
		assertThat(again).bodyJson().extractingPath("$.created.places").isEqualTo(List.of());
		assertThat(areaNames(municipality.teamA)).contains("Vestbyen").doesNotContain("Østbyen");
	}

	@Test
	void oneBadLineKeepsTheWholeFileOut() {
		var good = new StringBuilder(HEADER);
		for (int i = 1; i <= 500; i++) {
			good.append("2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,1,,ALL-").append(i).append('\n');
		}
		var result = post(good + "2025-03-14,21:30,street,Nye Torget,Fontenen,boy,12-15,many,,ALL-501\n", false);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.errors[0].line").isEqualTo(502);
		assertThat(encounters(municipality.teamA)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from encounter_import where team_id = ?", Integer.class,
				municipality.teamA))
			.isZero();

		assertThat(post(good.toString(), false)).bodyJson().extractingPath("$.imported").isEqualTo(500);
		assertThat(encounters(municipality.teamA)).isEqualTo(500);
	}

	@Test
	void newAreasAndPlacesAreCreatedForTheTeamAndReported() {
		var csv = HEADER + """
				2025-06-01,14:00,street,Nordbyen,Ballplassen,boy,13,2,,NEW-1
				2025-06-01,15:00,street,nordbyen,ballplassen,girl,13,2,,NEW-2
				2025-06-01,16:00,street,Sentrum,Fontenen,girl,13,1,,NEW-3
				2025-06-01,17:00,street,,Fontenen,girl,13,1,,NEW-4
				""";
		var result = post(csv, false);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.created.areas").isEqualTo(List.of("Nordbyen"));
		assertThat(result).bodyJson().extractingPath("$.created.places").isEqualTo(List.of("Ballplassen", "Fontenen"));
		var nordbyen = catalog.all(municipality.teamA, CodeKind.AREA)
			.stream()
			.filter(a -> a.label().equals("Nordbyen"))
			.findFirst()
			.orElseThrow();
		var ballplassen = place(municipality.teamA, "Ballplassen");
		assertThat(ballplassen.areaId()).isEqualTo(nordbyen.id());
		assertThat(place(municipality.teamA, "Fontenen").areaId())
			.isEqualTo(catalog.byCode(municipality.teamA, CodeKind.AREA, "sentrum").orElseThrow().id());
		assertThat(jdbc.queryForList(
				"select place_id from imported_encounter where team_id = ?" + " and source_id in ('NEW-1', 'NEW-2')",
				UUID.class, municipality.teamA))
			.containsOnly(ballplassen.id());
		assertThat(areaNames(municipality.teamB)).doesNotContain("Nordbyen");
	}

	@Test
	void aNewPlaceWithoutItsAreaIsRefused() {
		var csv = HEADER + """
				2025-06-01,14:00,street,,Ukjent plass,boy,13,2,,P-1
				""";
		var result = post(csv, true);

		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].message")
			.isEqualTo(List.of("Stedet «Ukjent plass» er nytt: oppgi området det ligger i."));
	}

	/**
	 * Issue #17: the pair (area, place) names a place. Seen failing on the code before
	 * it: the first line was refused ("Stedet «Torget» ligger i området Sentrum, ikke i
	 * Nordbyen"), the third as a place of another area.
	 */
	@Test
	void theSamePlaceNameInTwoAreasNewAndExistingIsTwoPlaces() {
		var sentrum = catalog.byCode(municipality.teamA, CodeKind.AREA, "sentrum").orElseThrow();
		var torgetSentrum = place(municipality.teamA, "Torget");
		var csv = HEADER + """
				2025-06-01,14:00,street,Nordbyen,Torget,boy,13,2,,TWO-1
				2025-06-01,14:00,street,Sentrum,Torget,boy,13,3,,TWO-2
				2025-06-01,15:00,street,Nordbyen,Skateparken,girl,14,4,,TWO-3
				2025-06-01,15:00,street,Sentrum,Skateparken,girl,14,5,,TWO-4
				2025-06-01,16:00,street,,Torget,girl,14,1,,TWO-5
				""";
		var check = post(csv, true);
		assertThat(check).bodyJson().extractingPath("$.errors[*].line").isEqualTo(List.of(6));
		assertThat(check).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Flere steder heter «Torget»: oppgi området.");

		var result = post(csv.replace("2025-06-01,16:00,street,,Torget,girl,14,1,,TWO-5\n", ""), false);
		assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(4);
		assertThat(result).bodyJson()
			.extractingPath("$.created.places")
			.isEqualTo(List.of("Torget (Nordbyen)", "Skateparken (Nordbyen)"));
		var nordbyen = catalog.byCode(municipality.teamA, CodeKind.AREA, "nordbyen").orElseThrow();
		var torgets = catalog.all(municipality.teamA, CodeKind.PLACE)
			.stream()
			.filter(p -> p.label().equals("Torget"))
			.toList();
		assertThat(torgets).extracting(CodeItem::areaId).containsExactlyInAnyOrder(sentrum.id(), nordbyen.id());
		var torgetNordbyen = torgets.stream().filter(p -> p.areaId().equals(nordbyen.id())).findFirst().orElseThrow();
		assertThat(
				jdbc.queryForObject("select place_id from imported_encounter where source_id = 'TWO-1' and team_id = ?",
						UUID.class, municipality.teamA))
			.isEqualTo(torgetNordbyen.id());
		assertThat(
				jdbc.queryForObject("select place_id from imported_encounter where source_id = 'TWO-2' and team_id = ?",
						UUID.class, municipality.teamA))
			.isEqualTo(torgetSentrum.id());
		assertThat(catalog.placeNames(municipality.teamA)).containsEntry(torgetNordbyen.id(), "Torget (Nordbyen)")
			.containsEntry(torgetSentrum.id(), "Torget (Sentrum)");

		// again, now that both exist: existing pairs are found, an unambiguous place
		// needs no area
		var again = post(HEADER + """
				2025-07-01,14:00,street,Nordbyen,Skateparken,boy,13,2,,TWO-6
				2025-07-01,14:00,street,,Torget,boy,13,2,,TWO-7
				2025-07-01,14:00,street,Sentrum,Fontenen,boy,13,2,,TWO-8
				""", true);
		assertThat(again).bodyJson().extractingPath("$.errors[*].line").isEqualTo(List.of(3));
		assertThat(again).bodyJson().extractingPath("$.created.places").isEqualTo(List.of("Fontenen"));
	}

	@Test
	void theDayHourAndYearAreThoseOfOslo() {
		var csv = HEADER + """
				2025-01-01,00:30,street,Sentrum,Torget,boy,12-15,1,,OSLO-1
				2025-07-01,23:30,street,Sentrum,Torget,boy,12-15,1,,OSLO-2
				2025-03-14,,street,Sentrum,Torget,boy,12-15,1,,OSLO-3
				""";
		assertThat(post(csv, false)).hasStatusOk();

		var rows = jdbc.queryForList("select source_id, occurred_at, local_date, local_hour from imported_encounter"
				+ " where team_id = ? order by source_id", municipality.teamA);
		assertThat(rows.get(0)).containsEntry("local_date", java.sql.Date.valueOf(LocalDate.of(2025, 1, 1)))
			.containsEntry("local_hour", 0);
		assertThat(instant(rows.get(0))).isEqualTo(Instant.parse("2024-12-31T23:30:00Z"));
		assertThat(rows.get(1)).containsEntry("local_date", java.sql.Date.valueOf(LocalDate.of(2025, 7, 1)))
			.containsEntry("local_hour", 23);
		assertThat(instant(rows.get(1))).isEqualTo(Instant.parse("2025-07-01T21:30:00Z"));
		assertThat(rows.get(2)).containsEntry("local_hour", 12);
		assertThat(instant(rows.get(2))).isEqualTo(Instant.parse("2025-03-14T11:00:00Z"));
		assertThat(
				jdbc.queryForObject(
						"select count(*) from counted_encounter where team_id = ?"
								+ " and local_date between '2025-01-01' and '2025-12-31'",
						Integer.class, municipality.teamA))
			.isEqualTo(3);
	}

	@Test
	void norwegianGenderWordsAgesAndBandLabelsAreUnderstood() {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,gutt,11,1,,NO-1
				2025-03-14,21:30,street,Sentrum,Torget,Jente,>18,2,,NO-2
				2025-03-14,21:30,street,Sentrum,Torget,annet,16,3,,NO-3
				2025-03-14,21:30,street,Sentrum,Torget,UKJENT,12-15,4,,NO-4
				""";
		assertThat(post(csv, false)).hasStatusOk();

		var cells = jdbc.queryForList(
				"select gender, age_band from imported_encounter where team_id = ?" + " order by source_id",
				municipality.teamA);
		assertThat(cells).containsExactly(Map.of("gender", "BOY", "age_band", "<12"),
				Map.of("gender", "GIRL", "age_band", ">18"), Map.of("gender", "OTHER", "age_band", "16-18"),
				Map.of("gender", "UNKNOWN", "age_band", "12-15"));
	}

	@Test
	void aFileWithOnlyTheHeaderImportsNothingAndLeavesNoTrace() {
		var result = post("\uFEFF" + HEADER + "\n", false);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(0);
		assertThat(result).bodyJson().extractingPath("$.errorCount").isEqualTo(0);
		assertThat(jdbc.queryForObject("select count(*) from encounter_import where team_id = ?", Integer.class,
				municipality.teamA))
			.isZero();
	}

	@Test
	void aWrongHeaderIsReportedOnLineOne() {
		var result = post("dato,tid,arena\n2025-03-14,21:30,street\n", true);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.errors[0].line").isEqualTo(1);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.startsWith("Overskriftsraden mangler kolonnene date, time, area");
	}

	@Test
	void anUnterminatedQuoteStopsTheCheckInsteadOfFillingTheMemory() {
		var csv = new StringBuilder(HEADER).append("2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,Q-1\n")
			.append("2025-03-14,\"21:30,street,Sentrum,Torget,boy,12-15,3,,Q-2\n");
		for (int i = 3; i < 400; i++) {
			csv.append("2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,Q-").append(i).append('\n');
		}
		var result = post(csv.toString(), true);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.errors[*].line").isEqualTo(List.of(3));
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.startsWith("Linjen er lengre enn 10")
			.endsWith("tegn (mangler et avsluttende anførselstegn?). Resten av fila er ikke lest.");

		var shortFile = post(HEADER + "2025-03-14,\"21:30,street\n", true);
		assertThat(shortFile).bodyJson().extractingPath("$.errors[0].line").isEqualTo(2);
		assertThat(shortFile).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.startsWith("Linjen kan ikke leses som CSV");
	}

	@Test
	void aSourceIdRepeatedInAFileThatIsStoredIsReportedAndNothingIsStored() {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,REP-1
				2025-03-14,21:40,street,Vestbyen,,girl,12-15,2,,REP-2
				2025-03-14,21:50,street,Sentrum,Torget,girl,16-18,1,,REP-1
				2025-03-14,21:55,street,Sentrum,Torget,girl,16-18,1,,REP-1
				""";
		var result = post(csv, false);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.errors[*].line").isEqualTo(List.of(4, 5));
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("source_id «REP-1» står også på linje 2.");
		assertThat(encounters(municipality.teamA)).isZero();
		assertThat(areaNames(municipality.teamA)).doesNotContain("Vestbyen");
		assertThat(jdbc.queryForObject("select count(*) from encounter_import where team_id = ?", Integer.class,
				municipality.teamA))
			.isZero();
	}

	@Test
	void aSourceIdImportedBeforeThisVersionAsAnEncounterIsSkippedToo() {
		// Imports before migration V43 stored their lines as encounters, with the source
		// id.
		jdbc.update(
				"insert into encounter (id, team_id, occurred_at, local_date, local_hour, arena_code, themes, total,"
						+ " source_id, created_by, created_at) values (?, ?, '2025-03-14T20:30:00Z', '2025-03-14', 21, 'street',"
						+ " '{}', 3, 'OLD-1', ?, now())",
				UUID.randomUUID(), municipality.teamA, leader.accountId());
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,OLD-1
				2025-03-15,21:30,street,Sentrum,Torget,boy,12-15,4,,OLD-2
				""";
		var result = post(csv, false);

		assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.skipped").isEqualTo(1);
		assertThat(youths(municipality.teamA)).isEqualTo(7);
	}

	@Test
	void importedEncountersAreInTheTeamsListAndTotalsMarkedWithTheirSourceId() {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol,LIST-1
				2025-03-15,18:00,online,,,jente,17,2,,LIST-2
				""";
		assertThat(post(csv, false)).hasStatusOk();
		var worker = municipality.user(municipality.account(Role.WORKER));

		assertThat(mvc.get().uri("/fieldwork/encounters?from=2025-03-01&to=2025-03-31").with(user(worker)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"total-encounters\">2<", "id=\"total-youths\">5<", "id=\"total-boys\">3<",
					"id=\"total-girls\">2<", "importert, LIST-1", "importert, LIST-2", "14.03.2025 21:30");
		assertThat(
				mvc.get().uri("/fieldwork/encounters?from=2025-03-01&to=2025-03-31&theme=alcohol").with(user(worker)))
			.bodyText()
			.contains("id=\"total-youths\">3<")
			.doesNotContain("LIST-2");
		assertThat(mvc.get()
			.uri("/fieldwork/encounters?from=2025-03-01&to=2025-03-31&workerId={id}", leader.accountId())
			.with(user(worker))).bodyText().contains("id=\"total-encounters\">2<");
		assertThat(mvc.get()
			.uri("/fieldwork/encounters?from=2025-03-01&to=2025-03-31&workerId={id}", worker.accountId())
			.with(user(worker))).bodyText().contains("id=\"total-encounters\">0<");

		var other = municipality.user(municipality.account(Role.WORKER, municipality.teamB));
		assertThat(mvc.get().uri("/fieldwork/encounters?from=2025-03-01&to=2025-03-31").with(user(other))).bodyText()
			.contains("id=\"total-encounters\">0<")
			.doesNotContain("LIST-1");
	}

	@Test
	void theDatabaseRefusesAnImportedLineWithAnotherTeamsPlace() {
		assertThat(post(HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,REF-1\n", false)).hasStatusOk();
		var importId = jdbc.queryForObject("select id from encounter_import where team_id = ?", UUID.class,
				municipality.teamA);
		var placeOfB = place(municipality.teamB, "Torget");

		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.update("insert into imported_encounter"
				+ " (team_id, source_id, import_id, occurred_at, local_date, local_hour, arena_code, area_id, place_id,"
				+ " gender, age_band, count) values (?, 'REF-2', ?, now(), current_date, 12, 'street', ?, ?, 'BOY',"
				+ " '12-15', 1)", municipality.teamA, importId, placeOfB.areaId(), placeOfB.id())))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(encounters(municipality.teamA)).isEqualTo(1);
	}

	@Test
	void aLeaderUndoesAnImportAndCanImportTheCorrectedFileAfterwards() {
		var csv = HEADER + """
				2025-01-14,20:00,street,Sentrum,Torget,boy,12-15,3,alcohol,UNDO-1
				2025-02-10,20:00,online,,,girl,14,2,,UNDO-2
				""";
		assertThat(post(csv, false)).hasStatusOk();
		var importId = jdbc.queryForObject("select id from encounter_import where team_id = ?", UUID.class,
				municipality.teamA);
		assertThat(mvc.get().uri("/team/import").with(user(leader))).bodyText()
			.contains("Angre importen", "Fjern 2 importerte treff");

		var leaderB = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		assertThat(mvc.post().uri("/team/import/{id}/undo", importId).with(user(leaderB)).with(csrf()))
			.hasRedirectedUrl("/team/import")
			.flash()
			.containsEntry("error", "import.undo.gone");
		var worker = municipality.user(municipality.account(Role.WORKER));
		assertThat(mvc.post().uri("/team/import/{id}/undo", importId).with(user(worker)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(encounters(municipality.teamA)).isEqualTo(2);

		assertThat(mvc.post().uri("/team/import/{id}/undo", importId).with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/team/import")
			.flash()
			.containsEntry("message", "import.undo.done")
			.containsEntry("messageArg", 2);
		assertThat(encounters(municipality.teamA)).isZero();
		assertThat(
				jdbc.queryForObject("select coalesce(sum(abs(encounters)), 0) from encounter_month where team_id = ?",
						Long.class, municipality.teamA))
			.isZero();
		assertThat(mvc.get().uri("/team/import").with(user(leader))).bodyText()
			.contains("Angret " + DateFormats.DATE.format(LocalDate.now(Oslo.ZONE)))
			.doesNotContain("Fjern 2 importerte treff");
		assertThat(mvc.post().uri("/team/import/{id}/undo", importId).with(user(leader)).with(csrf())).flash()
			.containsEntry("error", "import.undo.gone");

		var corrected = post(csv.replace("boy,12-15,3", "boy,12-15,4"), false);
		assertThat(corrected).bodyJson().extractingPath("$.imported").isEqualTo(2);
		assertThat(youths(municipality.teamA)).isEqualTo(6);
	}

	@Test
	void eachTeamImportsIntoItsOwnRecords() {
		var leaderB = municipality.user(municipality.account(Role.LEADER, municipality.teamB));
		var csv = HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,SAME-1\n";
		assertThat(post(csv, false)).bodyJson().extractingPath("$.imported").isEqualTo(1);

		var forB = mvc.post()
			.uri("/api/v1/import/encounters")
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.with(user(leaderB))
			.with(csrf());
		assertThat(forB).bodyJson().extractingPath("$.imported").isEqualTo(1);
		assertThat(encounters(municipality.teamA)).isEqualTo(1);
		assertThat(encounters(municipality.teamB)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select place_id from imported_encounter where team_id = ?", UUID.class,
				municipality.teamB))
			.isEqualTo(place(municipality.teamB, "Torget").id());
	}

	@Test
	void onlyALeaderReachesTheImport() {
		var csv = HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,ROLE-1\n";
		for (var role : new Role[] { Role.WORKER, Role.SLT, Role.ADMIN }) {
			var user = municipality.user(municipality.account(role));
			assertThat(mvc.get().uri("/team/import").with(user(user))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.post()
				.uri("/api/v1/import/encounters")
				.contentType("text/csv")
				.content(csv)
				.with(user(user))
				.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.post().uri("/api/v1/import/encounters").contentType("text/csv").content(csv).with(user(leader)))
			.as("without the CSRF header")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/team/import")).hasStatus(HttpStatus.FOUND);
		assertThat(encounters(municipality.teamA)).isZero();
	}

	@Test
	void onThePageALeaderChecksTheFileThenConfirmsWithoutUploadingItAgain() throws Exception {
		var csv = HEADER + """
				2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol,PAGE-1
				2025-03-14,21:40,street,Elvebredden,Brygga,girl,16,2,,PAGE-2
				""";
		var check = check("soma.csv", csv);
		assertThat(check).hasStatusOk()
			.bodyText()
			.contains("Kontroll av soma.csv")
			.contains("Fila er i orden: 2 treff blir importert, og 0 linjer hoppes over")
			.contains("Disse områdene blir opprettet: Elvebredden")
			.contains("Disse stedene blir opprettet: Brygga")
			.contains("Importer 2 treff");
		assertThat(encounters(municipality.teamA)).isZero();
		var token = token(check);
		assertThat(waiting()).containsExactly(token);
		assertThat(
				jdbc.queryForObject("select size_bytes from pending_import where token = ?::uuid", Long.class, token))
			.isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);

		var confirm = mvc.post()
			.uri("/team/import/confirm")
			.param("token", token)
			.with(user(leader))
			.with(csrf())
			.exchange();
		assertThat(confirm).hasRedirectedUrl("/team/import");
		assertThat(encounters(municipality.teamA)).isEqualTo(2);
		assertThat(waiting()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from pending_import_chunk where token = ?::uuid", Integer.class,
				token))
			.isZero();
		assertThat(mvc.get().uri("/team/import").cookie(SessionCookie.of(confirm)).with(user(leader))).bodyText()
			.contains("Importerte 2 treff. 0 linjer ble hoppet over")
			.contains("Nye områder: Elvebredden")
			.contains("Tidligere importer")
			.contains("Test leader")
			.contains("14.03.2025–14.03.2025");

		var replay = mvc.post().uri("/team/import/confirm").param("token", token).with(user(leader)).with(csrf());
		assertThat(replay).hasRedirectedUrl("/team/import");
		assertThat(encounters(municipality.teamA)).isEqualTo(2);
	}

	@Test
	void aFileOfSeveralChunksIsImportedWholeAndOnlyTheLeaderWhoCheckedItCanConfirmIt() throws Exception {
		var csv = new StringBuilder(HEADER);
		int lines = 0;
		while (csv.length() < PendingImports.CHUNK_BYTES * 2 + 1000) {
			lines++;
			csv.append("2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,1,,CHUNK-").append(lines).append('\n');
		}
		var token = token(check("stor.csv", csv.toString()));
		assertThat(jdbc.queryForObject("select count(*) from pending_import_chunk where token = ?::uuid", Integer.class,
				token))
			.isEqualTo(3);

		var otherLeader = municipality.user(municipality.account(Role.LEADER));
		assertThat(mvc.post().uri("/team/import/confirm").param("token", token).with(user(otherLeader)).with(csrf()))
			.hasRedirectedUrl("/team/import");
		assertThat(mvc.post().uri("/team/import/confirm").param("token", "not-a-token").with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/team/import");
		assertThat(encounters(municipality.teamA)).isZero();

		assertThat(mvc.post().uri("/team/import/confirm").param("token", token).with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/team/import");
		assertThat(encounters(municipality.teamA)).isEqualTo(lines);
	}

	@Test
	void onThePageBadLinesAreListedInNorwegianAndNothingAwaitsConfirmation() {
		var csv = HEADER + "14.03.2025,21:30,street,Sentrum,Torget,boy,12-15,3,,BAD-1\n";
		assertThat(check("feil.csv", csv)).hasStatusOk()
			.bodyText()
			.contains("Fila har 1 linje med feil. Ingenting er lagret.")
			.contains("Datoen «14.03.2025» er ugyldig: skriv den som åååå-mm-dd.")
			.doesNotContain("import/confirm");
		assertThat(waiting()).isEmpty();

		assertThat(mvc.post()
			.multipart()
			.uri("/team/import")
			.file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
			.with(user(leader))
			.with(csrf())).hasStatusOk().bodyText().contains("Velg en CSV-fil.");
	}

	@Test
	void cancellingDeletesTheCheckedFileAndANewCheckReplacesIt() throws Exception {
		var csv = HEADER + "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,,CANCEL-1\n";
		var first = token(check("a.csv", csv));
		var second = token(check("b.csv", csv));
		assertThat(waiting()).containsExactly(second);
		assertThat(mvc.post().uri("/team/import/confirm").param("token", first).with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/team/import");
		assertThat(encounters(municipality.teamA)).isZero();

		assertThat(mvc.post().uri("/team/import/cancel").with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/team/import");
		assertThat(waiting()).isEmpty();
		assertThat(encounters(municipality.teamA)).isZero();
	}

	@Test
	void theCleanupRemovesWaitingFilesOfAccountsWithNoSessionLeft(@Autowired PendingImports pendingImports) {
		var signedIn = municipality.user(municipality.account(Role.LEADER));
		var signedOut = municipality.user(municipality.account(Role.LEADER));
		var longAgo = Instant.now().minusSeconds(2 * 3600);
		var kept = waitingFile(signedIn, longAgo);
		var removed = waitingFile(signedOut, longAgo);
		var recent = waitingFile(signedOut, Instant.now());
		var session = UUID.randomUUID().toString();
		jdbc.update(
				"insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
						+ " max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, 1800, ?, ?)",
				session, session, longAgo.toEpochMilli(), Instant.now().toEpochMilli(),
				Instant.now().plusSeconds(1800).toEpochMilli(), signedIn.getUsername());
		// free the lock (an earlier run holds it for a minute); the row stays, as
		// ShedLock expects once it made it
		jdbc.update("update shedlock set lock_until = locked_at - interval '1 minute' where name = ?",
				PendingImports.CLEANUP_LOCK);

		assertThat(pendingImports.cleanUp()).hasValueSatisfying(count -> assertThat(count).isPositive());
		assertThat(jdbc.queryForList("select token from pending_import where token in (?, ?, ?)", UUID.class, kept,
				removed, recent))
			.containsExactlyInAnyOrder(kept, recent);
		assertThat(jdbc.queryForObject("select count(*) from pending_import_chunk where token = ?", Integer.class,
				removed))
			.isZero();
		jdbc.update("delete from spring_session where primary_id = ?", session);
	}

	private UUID waitingFile(CurrentUser owner, Instant createdAt) {
		var token = UUID.randomUUID();
		jdbc.update(
				"insert into pending_import (token, team_id, account_id, principal_name, file_name, size_bytes,"
						+ " created_at) values (?, ?, ?, ?, 'x.csv', 1, ?)",
				token, owner.requireTeamId(), owner.accountId(), owner.getUsername(), Timestamp.from(createdAt));
		jdbc.update("insert into pending_import_chunk (token, seq, data) values (?, 0, ?)", token, new byte[] { 'x' });
		return token;
	}

	private MvcTestResult check(String fileName, String csv) {
		return mvc.post()
			.multipart()
			.uri("/team/import")
			.file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(leader))
			.with(csrf())
			.exchange();
	}

	/** The token of the file waiting for confirmation, from the form on the page. */
	private static String token(MvcTestResult check) throws UnsupportedEncodingException {
		var matcher = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"")
			.matcher(check.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(matcher.find()).as("the page offers to confirm the import").isTrue();
		return matcher.group(1);
	}

	/** The tokens of the leader's files waiting for confirmation. */
	private List<String> waiting() {
		return jdbc.queryForList("select token::text from pending_import where account_id = ?", String.class,
				leader.accountId());
	}

	private MvcTestResult post(String csv, boolean dryRun) {
		return mvc.post()
			.uri("/api/v1/import/encounters?dryRun={dryRun}", dryRun)
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.with(user(leader))
			.with(csrf())
			.exchange();
	}

	private int encounters(UUID team) {
		return jdbc.queryForObject("select count(*) from counted_encounter where team_id = ?", Integer.class, team);
	}

	private int youths(UUID team) {
		return jdbc.queryForObject("select coalesce(sum(total), 0) from counted_encounter where team_id = ?",
				Integer.class, team);
	}

	private List<String> areaNames(UUID team) {
		return catalog.all(team, CodeKind.AREA).stream().map(CodeItem::label).toList();
	}

	private CodeItem place(UUID team, String label) {
		return catalog.all(team, CodeKind.PLACE)
			.stream()
			.filter(p -> p.label().equals(label))
			.findFirst()
			.orElseThrow();
	}

	private static Instant instant(Map<String, Object> row) {
		return ((java.sql.Timestamp) row.get("occurred_at")).toInstant();
	}

}
