package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.ImportOutcome.LineError;
import no.feltlogg.fieldwork.ImportOutcome.Problem;
import no.feltlogg.shared.Gender;

/**
 * The import file's reader line by line, with code lists in memory: no Spring, no
 * database.
 */
class ImportFileTest {

	static final String HEADER = "date,time,arena,area,place,gender,age,count,themes,source_id\n";

	static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

	final CodeItem sentrum = code(CodeKind.AREA, "sentrum", "Sentrum", null);

	final CodeItem nord = code(CodeKind.AREA, "nord", "Nord", null);

	final CodeItem torget = code(CodeKind.PLACE, "torget", "Torget", sentrum.id());

	final CodeItem parkenSentrum = code(CodeKind.PLACE, "parken", "Parken", sentrum.id());

	final CodeItem parkenNord = code(CodeKind.PLACE, "parken-2", "Parken", nord.id());

	final ImportCodes codes = new ImportCodes(
			List.of(code(CodeKind.ARENA, "street", "Gate", null), code(CodeKind.ARENA, "online", "Nett", null)),
			List.of(code(CodeKind.THEME, "alcohol", "Alkohol", null), code(CodeKind.THEME, "school", "Skole", null)),
			List.of(band("12-15", "12–15 år", 12, 15, false), band("16-18", "16–18 år", 16, 18, false),
					band("10-11", "10–11 år", 10, 11, true)),
			List.of(sentrum, nord), List.of(torget, parkenSentrum, parkenNord));

	final List<ImportLine> good = new ArrayList<>();

	ImportFile file;

	@Test
	void aGoodLineIsHandedOnWithOslosDayAndHourAndTheCodesInLowerCase() {
		read(HEADER + "2025-03-14,21:30,Street,sentrum,TORGET,gutt,14,3,alcohol; Alcohol;;SCHOOL,SOMA-1\n");

		assertThat(file.errors().count()).isZero();
		assertThat(good).containsExactly(new ImportLine(2, Instant.parse("2025-03-14T20:30:00Z").getEpochSecond(),
				LocalDate.of(2025, 3, 14), 21, "street", sentrum.id(), torget.id(), List.of("alcohol", "school"),
				Gender.BOY, "12-15", 3, "SOMA-1"));
		assertThat(file.accepted()).isEqualTo(1);
	}

	@Test
	void anEmptyTimeIsNoonAndSummerTimeIsOslos() {
		read(HEADER + "2024-07-01,,street,,,girl,16-18,1,,A\n2024-07-01,23:30:00,street,,,jente,12–15 år,1,,B\n");

		assertThat(good).extracting(ImportLine::localDate, ImportLine::localHour, ImportLine::epochSecond)
			.containsExactly(
					tuple(LocalDate.of(2024, 7, 1), 12, Instant.parse("2024-07-01T10:00:00Z").getEpochSecond()),
					tuple(LocalDate.of(2024, 7, 1), 23, Instant.parse("2024-07-01T21:30:00Z").getEpochSecond()));
		assertThat(good).extracting(ImportLine::ageBand).containsExactly("16-18", "12-15");
	}

	@Test
	void theColumnsMayComeInAnyOrderAndCaseAfterAByteOrderMark() {
		read("\uFEFFSource_ID,Count,Age,Gender,Themes,Place,Area,Arena,Time,Date\nX-1,2,13,other,,,,online,,2025-01-02\n");

		assertThat(file.errors().count()).isZero();
		assertThat(good).singleElement().satisfies(line -> {
			assertThat(line.sourceId()).isEqualTo("X-1");
			assertThat(line.arena()).isEqualTo("online");
			assertThat(line.gender()).isEqualTo(Gender.OTHER);
			assertThat(line.count()).isEqualTo(2);
			assertThat(line.areaId()).isNull();
		});
	}

	@Test
	void aHeaderWithoutAllColumnsIsAnErrorOnLineOneAndNothingIsRead() {
		read("date,time,arena,gender\n2025-03-14,21:30,street,boy\n");

		assertThat(errors()).containsExactly(new LineError(1, List.of(Problem.messageKey("import.error.header",
				"area, place, age, count, themes, source_id", String.join(",", ImportFile.COLUMNS)))));
		assertThat(good).isEmpty();
	}

	@Test
	void eachBadFieldIsNamedOnItsLine() {
		read(HEADER + """
				,21:30,street,,,boy,12-15,3,,A
				2025-02-30,21:30,street,,,boy,12-15,3,,B
				1899-12-31,21:30,street,,,boy,12-15,3,,C
				2025-03-14,25:00,street,,,boy,12-15,3,,D
				2025-06-01,23:00,street,,,boy,12-15,3,,E
				2025-03-14,21:30,,,,boy,12-15,3,,F
				2025-03-14,21:30,bus,,,boy,12-15,3,,G
				2025-03-14,21:30,street,,,gutter,12-15,3,,H
				2025-03-14,21:30,street,,,boy,,3,,I
				2025-03-14,21:30,street,,,boy,150,3,,J
				2025-03-14,21:30,street,,,boy,10,3,,K
				2025-03-14,21:30,street,,,boy,40-50,3,,L
				2025-03-14,21:30,street,,,boy,12-15,0,,M
				2025-03-14,21:30,street,,,boy,12-15,-2,,N
				2025-03-14,21:30,street,,,boy,12-15,tre,,O
				2025-03-14,21:30,street,,,boy,12-15,3,alcohol;poetry,P
				2025-03-14,21:30,street,,,boy,12-15,3,,
				""" + "2025-03-14,21:30,street,,,boy,12-15,3,," + "x".repeat(121) + "\n");

		assertThat(errors()).extracting(LineError::line)
			.containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L);
		assertThat(errors()).extracting(error -> error.problems().getFirst())
			.containsExactly(Problem.messageKey("import.error.dateMissing"),
					Problem.messageKey("import.error.date", "2025-02-30"),
					Problem.messageKey("import.error.dateRange", "1899-12-31"),
					Problem.messageKey("import.error.time", "25:00"), Problem.messageKey("import.error.future"),
					Problem.messageKey("import.error.arenaMissing"), Problem.messageKey("import.error.arena", "bus"),
					Problem.messageKey("import.error.gender", "gutter"), Problem.messageKey("import.error.ageMissing"),
					Problem.messageKey("import.error.ageOutside", "150"),
					Problem.messageKey("import.error.ageOutside", "10"),
					Problem.messageKey("import.error.age", "40-50"),
					Problem.messageKey("import.error.count", "0", ImportFields.MAX_COUNT),
					Problem.messageKey("import.error.count", "-2", ImportFields.MAX_COUNT),
					Problem.messageKey("import.error.count", "tre", ImportFields.MAX_COUNT),
					Problem.messageKey("import.error.theme", "poetry"),
					Problem.messageKey("import.error.sourceIdMissing"),
					Problem.messageKey("import.error.sourceIdTooLong", ImportFile.MAX_SOURCE_ID));
		assertThat(good).isEmpty();
	}

	@Test
	void aLineWithSeveralProblemsHasThemAllInTheOrderOfItsFields() {
		read(HEADER + "2025-03-14,25:00,street,,,boy,40-50,3,,A\n");

		assertThat(errors()).containsExactly(new LineError(2, List.of(Problem.messageKey("import.error.time", "25:00"),
				Problem.messageKey("import.error.age", "40-50"))));
	}

	@Test
	void aLineWithTooFewColumnsOrAControlCharacterIsRefusedBeforeItsFieldsAreRead() {
		read(HEADER + "2025-03-14,21:30,street\n2025-03-14,21:30,street,Ny\u0000plass,,boy,12-15,3,,A\u0001B\n");

		assertThat(errors()).containsExactly(
				new LineError(2, List.of(Problem.messageKey("import.error.columns", 3, 10))),
				new LineError(3, List.of(Problem.messageKey("import.error.controlCharacter", "area"),
						Problem.messageKey("import.error.controlCharacter", "source_id"))));
	}

	@Test
	void emptyLinesAreLeftOutAndTheOthersKeepTheirNumbers() {
		read(HEADER + "\n2025-03-14,21:30,street,,,boy,12-15,3,,A\n\n2025-03-14,21:30,bus,,,boy,12-15,3,,B\n");

		assertThat(good).extracting(ImportLine::line).containsExactly(3L);
		assertThat(errors()).extracting(LineError::line).containsExactly(5L);
	}

	@Test
	void aKnownPlaceNamedWithoutItsAreaIsFoundAndAnAmbiguousOrUnknownOneIsRefused() {
		read(HEADER + """
				2025-03-14,21:30,street,,torget,boy,12-15,3,,A
				2025-03-14,21:30,street,,Parken,boy,12-15,3,,B
				2025-03-14,21:30,street,,Elvebredden,boy,12-15,3,,C
				2025-03-14,21:30,street,Nord,Parken,boy,12-15,3,,D
				""");

		assertThat(good).extracting(ImportLine::sourceId, ImportLine::areaId, ImportLine::placeId)
			.containsExactly(tuple("A", sentrum.id(), torget.id()), tuple("D", nord.id(), parkenNord.id()));
		assertThat(errors()).extracting(error -> error.problems().getFirst())
			.containsExactly(Problem.messageKey("import.error.placeAmbiguous", "Parken"),
					Problem.messageKey("import.error.placeNeedsArea", "Elvebredden"));
	}

	@Test
	void newAreasAndPlacesAreNotedOnceWithPlaceholdersTheirLinesShare() {
		read(HEADER + """
				2025-03-14,21:30,street,Øst,Skateparken,boy,12-15,3,,A
				2025-03-14,21:30,street,øst,skateparken,boy,12-15,3,,B
				2025-03-14,21:30,street,Nord,Torget,boy,12-15,3,,C
				2025-03-14,21:30,street,,Skateparken,boy,12-15,3,,D
				2025-03-14,21:30,street,Vest,Skateparken,boy,12-15,3,,E
				2025-03-14,21:30,bus,Sør,Bryggen,boy,12-15,3,,F
				""");

		var places = file.places();
		assertThat(places.newAreaNames()).containsExactly("Øst", "Vest");
		// Torget is known in Sentrum, so in Nord it is a new place named with its area;
		// Skateparken is new in two areas
		assertThat(places.newPlaceNames()).containsExactly("Skateparken (Øst)", "Torget (Nord)", "Skateparken (Vest)");
		assertThat(good).extracting(ImportLine::sourceId).containsExactly("A", "B", "C", "D", "E");
		assertThat(good.get(0).areaId()).isEqualTo(good.get(1).areaId()).isNotEqualTo(sentrum.id());
		assertThat(good.get(0).placeId()).isEqualTo(good.get(1).placeId());
		assertThat(good.get(2).areaId()).isEqualTo(nord.id());
		// a place new in the file is found without its area while it is new in one area
		// only
		assertThat(good.get(3).areaId()).isEqualTo(good.get(0).areaId());
		assertThat(good.get(3).placeId()).isEqualTo(good.get(0).placeId());
		// a bad line notes no new area
		assertThat(errors()).extracting(LineError::line).containsExactly(7L);
		assertThat(places.newAreaNames()).doesNotContain("Sør");
	}

	@Test
	void aFileMayCreateAtMost200NewAreasAndPlaces() {
		var csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 201; i++) {
			csv.append("2025-03-14,21:30,street,Område ").append(i).append(",,boy,12-15,3,,S").append(i).append('\n');
		}
		read(csv.toString());

		assertThat(file.places().newAreaNames()).hasSize(ImportPlaces.MAX_NEW_CODES);
		assertThat(errors()).containsExactly(new LineError(202,
				List.of(Problem.messageKey("import.error.tooManyNewCodes", ImportPlaces.MAX_NEW_CODES))));
	}

	@Test
	void bytesThatAreNotUtf8StopTheReadingWithTheirLine() throws IOException {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes((HEADER + "2025-03-14,21:30,street,,,boy,12-15,3,,A\n").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(
				"2025-03-14,21:30,street,,T\u00e5sen,boy,12-15,3,,B\n".getBytes(Charset.forName("windows-1252")));
		bytes.writeBytes("2025-03-14,21:30,street,,,boy,12-15,3,,C\n".getBytes(StandardCharsets.UTF_8));
		read(bytes.toByteArray());

		assertThat(errors()).containsExactly(new LineError(3, List.of(Problem.messageKey("import.error.encoding"))));
	}

	@Test
	void anUnterminatedQuoteStopsTheReadingAtItsLine() {
		read(HEADER + "2025-03-14,21:30,street,,,boy,12-15,3,,A\n2025-03-14,21:30,street,\"Sentrum,,boy,12-15,3,,B\n"
				+ "2025-03-14,21:30,street,,,boy,12-15,3,,C\n".repeat(300));

		assertThat(good).extracting(ImportLine::sourceId).containsExactly("A");
		assertThat(errors()).containsExactly(
				new LineError(3, List.of(Problem.messageKey("import.error.tooLong", ImportFile.MAX_RECORD_CHARS))));
	}

	@Test
	void allBadLinesAreCountedAndTheFirstThousandReported() {
		var csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 2500; i++) {
			csv.append("2025-03-14,21:30,bus,,,boy,12-15,3,,S").append(i).append('\n');
		}
		read(csv.toString());

		assertThat(file.errors().count()).isEqualTo(2500);
		assertThat(errors()).hasSize(ImportErrors.MAX_REPORTED);
		assertThat(errors().getFirst().line()).isEqualTo(2);
		assertThat(errors().getLast().line()).isEqualTo(1001);
	}

	private void read(String csv) {
		read(csv.getBytes(StandardCharsets.UTF_8));
	}

	private void read(byte[] csv) {
		file = new ImportFile(codes, NOW);
		try {
			file.read(new ByteArrayInputStream(csv), good::add);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private List<LineError> errors() {
		return file.errors().sorted();
	}

	private static CodeItem code(CodeKind kind, String code, String label, @Nullable UUID areaId) {
		return new CodeItem(UUID.randomUUID(), kind, code, label, false, areaId, null, null, null, null, null, false);
	}

	private static CodeItem band(String code, String label, int min, int max, boolean retired) {
		return new CodeItem(UUID.randomUUID(), CodeKind.AGE_BAND, code, label, retired, null, null, min, max, null,
				null, false);
	}

}
