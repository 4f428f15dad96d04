package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Issue #17, counted the way the teams count (ADR 0038). Each test was seen failing on
 * the code before it: the Discord arena counted as street, the December months of three
 * years were one row, a shift without direct minutes counted as all direct (75 % instead
 * of 23 %), and the shares and the target did not exist.
 */
@IntegrationTest
class CountedTheWayTeamsCountTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
	}

	@Test
	void anArenaTheLeaderMarksOnlineCountsInTheOnlineChannel() {
		assertThat(mvc.post()
			.uri("/team/codes?kind=ARENA")
			.param("label", "Discord-server")
			.param("online", "true")
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/team/codes?kind=ARENA");
		log("2025-03-14", "21:30", "discord-server", "BOY:16-18", "3");
		log("2025-03-14", "22:30", "street", "GIRL:16-18", "2");

		var page = page("/statistics/annual?kind=year&year=2025");
		assertThat(row(page, "encounters", "Nett og sosiale medier")).containsExactly("3");
		assertThat(row(page, "encounters", "Gate, skole og annet fysisk")).containsExactly("2");
		assertThat(mvc.get().uri("/api/v1/statistics/annual?year=2025").with(user(leader))).bodyJson()
			.extractingPath("$.encounters.online")
			.isEqualTo(3);
	}

	/**
	 * On the code before it the code list refused a second "Skateparken" (its label check
	 * was team-wide), although it lies in another area.
	 */
	@Test
	void theSamePlaceNameMayBeInTwoAreasAndTheReportKeepsThemApart() {
		assertThat(mvc.post().uri("/team/codes?kind=AREA").param("label", "Nord").with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/team/codes?kind=AREA");
		var nord = jdbc.queryForObject(
				"select id from code_item where team_id = ? and kind = 'AREA' and label = 'Nord'", UUID.class,
				municipality.teamA);
		var sentrum = jdbc.queryForObject(
				"select id from code_item where team_id = ? and kind = 'AREA' and label = 'Sentrum'", UUID.class,
				municipality.teamA);
		assertThat(mvc.post()
			.uri("/team/codes?kind=PLACE")
			.param("label", "Skateparken")
			.param("areaId", nord.toString())
			.with(user(leader))
			.with(csrf())).hasRedirectedUrl("/team/codes?kind=PLACE");
		// but not twice in one area
		assertThat(mvc.post()
			.uri("/team/codes?kind=PLACE")
			.param("label", "skateparken")
			.param("areaId", nord.toString())
			.with(user(leader))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"label-error\"");
		var north = place(nord, "Skateparken");
		var centre = place(sentrum, "Skateparken");
		logAt("2025-05-02", nord, north, "BOY:16-18", "6");
		logAt("2025-05-03", sentrum, centre, "GIRL:16-18", "4");

		var page = page("/statistics/annual?kind=year&year=2025");
		assertThat(row(page, "byPlace", "Skateparken (Nord)")).containsExactly("6");
		assertThat(row(page, "byPlace", "Skateparken (Sentrum)")).containsExactly("4");
		assertThat(mvc.get().uri("/fieldwork/encounters").with(user(leader))).hasStatusOk()
			.bodyText()
			.contains("Skateparken (Nord)")
			.contains("Skateparken (Sentrum)");
	}

	private UUID place(UUID area, String label) {
		return jdbc.queryForObject(
				"select id from code_item where team_id = ? and kind = 'PLACE' and area_id = ?" + " and label = ?",
				UUID.class, municipality.teamA, area, label);
	}

	private void logAt(String date, UUID area, UUID place, String cell, String count) {
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", "20:00")
			.param("arena", "street")
			.param("areaId", area.toString())
			.param("placeId", place.toString())
			.param("counts[" + cell + "]", count)
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/");
	}

	@Test
	void aPeriodOfMoreThanTwoYearsShowsEachMonthAndEachYearApart() {
		log("2023-12-10", "20:00", "street", "BOY:16-18", "1");
		log("2024-01-10", "20:00", "street", "BOY:16-18", "4");
		log("2024-12-10", "20:00", "street", "BOY:16-18", "2");
		log("2025-01-10", "20:00", "street", "BOY:16-18", "5");
		log("2025-12-10", "20:00", "street", "BOY:16-18", "3");
		log("2026-01-10", "20:00", "street", "BOY:16-18", "6");
		log("2026-02-10", "20:00", "street", "BOY:16-18", "7");

		// 1 December 2023 to the end of February 2026, across the New Years of 2024, 2025
		// and 2026
		var page = page("/statistics/annual?kind=custom&from=2023-12-01&to=2026-02-28");
		assertThat(row(page, "byMonth", "desember 2023").getLast()).isEqualTo("1");
		assertThat(row(page, "byMonth", "januar 2024").getLast()).isEqualTo("4");
		assertThat(row(page, "byMonth", "desember 2024").getLast()).isEqualTo("2");
		assertThat(row(page, "byMonth", "januar 2025").getLast()).isEqualTo("5");
		assertThat(row(page, "byMonth", "desember 2025").getLast()).isEqualTo("3");
		assertThat(row(page, "byMonth", "januar 2026").getLast()).isEqualTo("6");
		assertThat(row(page, "byMonth", "februar 2026").getLast()).isEqualTo("7");
		assertThat(page.select("#table-byMonth tbody tr")).hasSize(27);
		assertThat(page.select("#table-byYear tbody tr th").eachText()).containsExactly("2023 (desember 2023)", "2024",
				"2025", "2026 (01.01.2026–28.02.2026)");
		assertThat(page.select("#table-byYear tbody tr").stream().map(r -> r.select("td").first().text()).toList())
			.containsExactly("1", "6", "8", "13");
	}

	@Test
	void directTimeIsAShareOfWorkingTimeAgainstTheLeadersTarget() {
		// two four-hour shifts: one without direct minutes entered (none assumed), one
		// with two hours
		shift("2025-03-10T16:00:00Z", null);
		shift("2025-03-12T16:00:00Z", 120);
		// the week sheet: four hours in the office, an hour going with a youth to a
		// service
		assertThat(mvc.post()
			.uri("/fieldwork/time?week=2025-03-10")
			.param("m_2025-03-10_OFFICE", "240")
			.param("m_2025-03-11_ACCOMPANIED", "60")
			.with(user(worker))
			.with(csrf())).hasRedirectedUrl("/fieldwork/time?week=2025-03-10");
		var typo = mvc.post()
			.uri("/fieldwork/time?week=2025-03-17")
			.param("m_2025-03-17_MEETINGS", "to timer")
			.with(user(worker))
			.with(csrf());
		assertThat(typo).hasStatusOk()
			.bodyText()
			.contains("id=\"m_2025-03-17_MEETINGS-error\"")
			.contains("Skriv minutter som et helt tall.");

		var api = mvc.get().uri("/api/v1/statistics/annual?year=2025").with(user(leader));
		// working 240 + 240 + 240 + 60 = 780 minutes, direct 0 + 120 + 60 = 180: 23 %
		assertThat(api).bodyJson().extractingPath("$.directTime.workingMinutes").isEqualTo(780);
		assertThat(api).bodyJson().extractingPath("$.directTime.directMinutes").isEqualTo(180);
		assertThat(api).bodyJson().extractingPath("$.directTime.sharePercent").isEqualTo(23);
		assertThat(api).bodyJson().extractingPath("$.directTime.targetPercent").isEqualTo(70);
		assertThat(api).bodyJson().extractingPath("$.directTime.byMonth[2].month").isEqualTo("2025-03");
		assertThat(api).bodyJson().extractingPath("$.directTime.byMonth[2].sharePercent").isEqualTo(23);
		assertThat(api).bodyJson().extractingPath("$.directTime.byMonth[3].sharePercent").isNull();

		assertThat(mvc.post().uri("/fieldwork/time/target").param("percent", "65").with(user(worker)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/fieldwork/time/target").param("percent", "0").with(user(leader)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Skriv et helt tall mellom 1 og 100.");
		assertThat(mvc.post().uri("/fieldwork/time/target").param("percent", "65").with(user(leader)).with(csrf()))
			.hasRedirectedUrl("/fieldwork/time");

		var page = page("/statistics/annual?kind=year&year=2025");
		assertThat(row(page, "directTime", "mars")).containsExactly("13", "3", "23", "65");
		assertThat(row(page, "directTime", "Hele perioden")).containsExactly("13", "3", "23", "65");
	}

	@Test
	void worryingDevelopmentSharesAreHiddenWithTheirCountsWhenTheyLeaveTheTeam() {
		var shares = Table.of("worryingShares", "t", "h",
				new java.util.LinkedHashMap<>(Map.of("PRIMARY", "Barneskole")), List.of("Ungdommer", "Andel (%)"),
				List.of(Map.of("PRIMARY", 10L), Map.of("PRIMARY", 100L)), Unit.SHARE, Chart.NONE);
		assertThat(shares.hasRowTotals()).isFalse();
		var rows = new java.util.LinkedHashMap<String, String>();
		rows.put("PRIMARY", "Barneskole");
		rows.put("LOWER_SECONDARY", "Ungdomsskole");
		rows.put("UPPER_SECONDARY", "Videregående");
		rows.put("OVER_18", "Over 18");
		// the published report's 10/26/38/26 %, with the first level a small count
		var published = Table
			.of("worryingShares", "t", "h", rows, List.of("Ungdommer", "Andel (%)"),
					List.of(Map.of("PRIMARY", 3L, "LOWER_SECONDARY", 8L, "UPPER_SECONDARY", 11L, "OVER_18", 8L),
							Map.of("PRIMARY", 10L, "LOWER_SECONDARY", 26L, "UPPER_SECONDARY", 38L, "OVER_18", 26L)),
					Unit.SHARE, Chart.NONE)
			.published();
		assertThat(published.cell(0, 0)).isEqualTo("<5");
		assertThat(published.cell(0, 1)).isEqualTo("×");
		assertThat(published.cell(2, 0)).isEqualTo("11");
		assertThat(published.cell(2, 1)).isEqualTo("38");
		// a second count goes too, so that the first cannot be had from the total
		int hidden = 0;
		for (int r = 1; r < 4; r++) {
			if (published.hidden(r, 0)) {
				hidden++;
				assertThat(published.hidden(r, 1)).isTrue();
			}
		}
		assertThat(hidden).isEqualTo(1);

		var api = mvc.get().uri("/api/v1/statistics/annual?year=2025").with(user(leader));
		assertThat(api).bodyJson()
			.extractingPath("$.worryingDevelopmentShares[*].schoolLevel")
			.isEqualTo(List.of("primary", "lower_secondary", "upper_secondary", "over_18"));
		assertThat(api).bodyJson().extractingPath("$.priorityMovementsPerYouth").isEqualTo(List.of());
		var page = page("/statistics/annual?kind=year&year=2025");
		assertThat(page.select("#table-worryingShares thead th").eachText()).containsExactly("Skolenivå", "Ungdommer",
				"Andel (%)");
		assertThat(page.select("#table-priorityMovementsPerYouth tbody tr th").eachText()).containsExactly("Rød", "Gul",
				"Grønn", "Kom til i perioden");
	}

	private void shift(String start, Integer direct) {
		var id = UUID.randomUUID();
		var started = Instant.parse(start);
		jdbc.update(
				"insert into shift (id, team_id, started_at, ended_at, arena_code, direct_minutes, created_by,"
						+ " created_at) values (?, ?, ?, ?, 'street', ?, ?, now())",
				id, municipality.teamA, Timestamp.from(started), Timestamp.from(started.plusSeconds(4 * 3600)), direct,
				worker.accountId());
		jdbc.update("insert into shift_worker (shift_id, account_id) values (?, ?)", id, worker.accountId());
	}

	private Document page(String url) {
		var result = mvc.get().uri(url).with(user(leader)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> row(Document page, String table, String label) {
		var row = page.select("#table-" + table + " tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + label + " in " + table));
		return row.select("td").eachText();
	}

	private void log(String date, String time, String arena, String... cells) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", time)
			.param("arena", arena)
			.with(user(worker))
			.with(csrf());
		for (int i = 0; i < cells.length; i += 2) {
			request = request.param("counts[" + cells[i] + "]", cells[i + 1]);
		}
		assertThat(request).hasRedirectedUrl("/");
	}

}
