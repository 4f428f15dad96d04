package no.feltlogg.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.Birth;
import no.feltlogg.youth.YouthFixtures;
import no.feltlogg.youth.YouthRecords;

/**
 * The monthly roll-up of encounters (ADR 0014) stays what the encounters themselves say,
 * logged or imported (ADR 0016), whatever is done to them, and the counts read from it
 * are the counts of the rows, also for periods that begin and end inside a month.
 */
@IntegrationTest
class EncounterMonthTest {

	/**
	 * Every roll-up row of a team that the rows do not give, and every one they give that
	 * is missing.
	 */
	private static final String DIFFERENCES = """
			with expected as (
			    select team_id, dimension, month, key, sum(encounters) as encounters, sum(registered) as registered
			      from (select d.* from encounter e, encounter_month_dimensions(e, 1) d where e.team_id = ?
			            union all
			            select e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band,
			                   c.count, 0
			              from encounter_count c join encounter e on e.id = c.encounter_id where e.team_id = ?
			            union all
			            select e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, 1, 0
			              from encounter_youth y join encounter e on e.id = y.encounter_id where e.team_id = ?
			            union all
			            select i.team_id, d.dimension, date_trunc('month', i.local_date)::date, d.key, i.count, 0
			              from imported_encounter i,
			                   lateral (values ('ARENA', i.arena_code), ('AREA', i.area_id::text), ('PLACE', i.place_id::text),
			                                   ('HOUR', i.local_hour::text), ('TALLY', i.gender || '|' || i.age_band)) d(dimension, key)
			             where i.team_id = ? and d.key is not null
			            union all
			            select i.team_id, 'THEME', date_trunc('month', i.local_date)::date, theme, i.count, 0
			              from imported_encounter i, unnest(i.themes) as theme where i.team_id = ?) rows
			     group by 1, 2, 3, 4),
			actual as (
			    select team_id, dimension, month, key, encounters, registered from encounter_month
			     where team_id = ? and (encounters <> 0 or registered <> 0))
			select count(*) from ((select * from expected except select * from actual)
			                      union all (select * from actual except select * from expected)) differences""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YouthRecords records;

	@Autowired
	FieldworkCounts counts;

	TestStaff.Municipality municipality;

	CurrentUser worker;

	CurrentUser leader;

	UUID youth;

	@BeforeEach
	void setUp() {
		municipality = staff.newMunicipality();
		worker = municipality.user(municipality.account(Role.WORKER));
		leader = municipality.user(municipality.account(Role.LEADER));
		youth = YouthFixtures.register(records, worker, "Månedstall Olsen", Birth.of(LocalDate.of(2010, 5, 17)));
	}

	@Test
	void theRollUpFollowsEveryEncounterLoggedChangedMovedAndDeleted() {
		log("2025-01-31", "23:30", "street", List.of("alcohol", "friends"),
				List.of("BOY:16-18", "3", "GIRL:12-15", "2"), true);
		var moved = log("2025-02-01", "00:30", "school", List.of("school"), List.of("GIRL:12-15", "6"), false);
		var deleted = log("2025-02-14", "20:00", "online", List.of(), List.of("UNKNOWN:>18", "1"), true);
		log("2025-03-02", "19:00", "street", List.of("alcohol"), List.of("BOY:12-15", "4"), false);
		assertThat(differences()).isZero();
		assertThat(rollUp("ARENA", "street", "2025-01-01")).isEqualTo(6);
		assertThat(rollUp("MET", "GIRL|12-15", "2025-02-01")).isEqualTo(1);

		// moved to another month, another arena and other counts, and the youth added
		assertThat(mvc.post()
			.uri("/fieldwork/encounters/{id}", moved)
			.param("date", "2025-03-20")
			.param("time", "12:00")
			.param("arena", "street")
			.param("counts[BOY:12-15]", "2")
			.param("themes", "crime")
			.param("youthIds", youth.toString())
			.param("version", version(moved))
			.with(user(worker))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(differences()).isZero();
		assertThat(rollUp("ARENA", "school", "2025-02-01")).isZero();
		assertThat(rollUp("TALLY", "BOY|12-15", "2025-03-01")).isEqualTo(6);

		assertThat(mvc.post().uri("/fieldwork/encounters/{id}/delete", deleted).with(user(leader)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(differences()).isZero();
		assertThat(rollUp("MET", "GIRL|12-15", "2025-02-01")).isZero();
	}

	@Test
	void writesStraightToTheTablesKeepItExactToo() {
		var first = log("2025-04-10", "18:00", "street", List.of("family"),
				List.of("BOY:12-15", "2", "GIRL:16-18", "3"), true);
		var second = log("2025-04-11", "18:00", "event", List.of("family", "love"), List.of("GIRL:16-18", "5"), true);
		// a cell corrected in place, a cell moved to another band, an encounter moved
		// into the next month by SQL
		jdbc.update("update encounter_count set count = 7 where encounter_id = ? and gender = 'BOY'", first);
		jdbc.update("update encounter_count set age_band = '12-15' where encounter_id = ? and gender = 'GIRL'", first);
		jdbc.update("update encounter set local_date = '2025-05-01', total = total + 5 where id = ?", first);
		jdbc.update("update encounter_youth set age_band = '16-18' where encounter_id = ?", second);
		assertThat(differences()).isZero();
		// deleting the encounter takes its tally and youths with it (cascade); deleting
		// the tally first is the same
		jdbc.update("delete from encounter where id = ?", first);
		jdbc.update("delete from encounter_count where encounter_id = ?", second);
		jdbc.update("delete from encounter_youth where encounter_id = ?", second);
		jdbc.update("delete from encounter where id = ?", second);
		assertThat(differences()).isZero();
		assertThat(jdbc
			.queryForObject("select coalesce(sum(abs(encounters)) + sum(abs(registered)), 0) from encounter_month "
					+ "where team_id = ?", Long.class, municipality.teamA))
			.isZero();
	}

	@Test
	void aPeriodThatBeginsAndEndsInsideMonthsCountsItsDaysExactly() {
		log("2025-01-14", "20:00", "street", List.of("alcohol"), List.of("BOY:12-15", "9"), false);
		log("2025-01-15", "01:00", "street", List.of("alcohol", "friends"), List.of("GIRL:16-18", "2"), true);
		log("2025-02-10", "20:00", "online", List.of("friends"), List.of("GIRL:12-15", "3"), false);
		log("2025-03-10", "12:00", "school", List.of("school"), List.of("BOY:16-18", "4"), true);
		log("2025-03-11", "12:00", "school", List.of("school"), List.of("BOY:16-18", "20"), false);
		var teams = List.of(municipality.teamA);
		// 15 January to 10 March: half of January from the rows, February from the
		// roll-up, ten days of March
		var custom = new ReportingPeriod(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 11));
		assertThat(counts.totals(teams, custom)).isEqualTo(new FieldworkCounts.Totals(11, 9, 2, 8, 3));
		assertThat(counts.byArena(teams, custom)).containsExactlyInAnyOrder(new FieldworkCounts.Count("street", 3),
				new FieldworkCounts.Count("online", 3), new FieldworkCounts.Count("school", 5));
		assertThat(counts.byTheme(teams, custom)).containsExactlyInAnyOrder(new FieldworkCounts.Count("alcohol", 3),
				new FieldworkCounts.Count("friends", 6), new FieldworkCounts.Count("school", 5));
		assertThat(counts.byMonth(teams, custom)).containsExactlyInAnyOrder(new FieldworkCounts.Count("2025-01", 3),
				new FieldworkCounts.Count("2025-02", 3), new FieldworkCounts.Count("2025-03", 5));
		assertThat(counts.byGender(teams, custom)).containsExactlyInAnyOrder(
				new FieldworkCounts.GenderCount(no.feltlogg.shared.Gender.GIRL, false, 5),
				new FieldworkCounts.GenderCount(no.feltlogg.shared.Gender.BOY, false, 4),
				new FieldworkCounts.GenderCount(no.feltlogg.shared.Gender.GIRL, true, 2));
		assertThat(counts.byAgeBandAndGender(teams, custom)).containsExactlyInAnyOrder(
				new FieldworkCounts.BandGenderCount("16-18", no.feltlogg.shared.Gender.GIRL, 2),
				new FieldworkCounts.BandGenderCount("12-15", no.feltlogg.shared.Gender.GIRL, 5),
				new FieldworkCounts.BandGenderCount("16-18", no.feltlogg.shared.Gender.BOY, 4));
		assertThat(counts.monthlyByArena(teams, custom)).contains(
				new FieldworkCounts.MonthCount(java.time.YearMonth.of(2025, 2), "online", 3),
				new FieldworkCounts.MonthCount(java.time.YearMonth.of(2025, 3), "school", 5));
		// within one month: all days from the rows
		var days = new ReportingPeriod(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 15));
		assertThat(counts.totals(teams, days).encounters()).isEqualTo(9);
		assertThat(counts.byHour(teams, days)).containsExactly(new FieldworkCounts.Count("20", 9));
	}

	@Test
	void importedEncountersCountLikeLoggedOnesInTheRollUpAndAtAPeriodsEdges() {
		log("2025-01-20", "20:00", "street", List.of("alcohol"), List.of("BOY:12-15", "2"), false);
		var csv = EncounterImportTest.HEADER + """
				2025-01-14,20:00,street,Sentrum,Torget,boy,12-15,9,alcohol,M-1
				2025-01-15,01:00,street,Sentrum,,girl,17,2,alcohol;friends,M-2
				2025-02-10,20:00,online,,,jente,13,3,friends,M-3
				2025-03-10,12:00,school,Sentrum,Torget,gutt,16-18,4,school,M-4
				2025-03-11,12:00,school,Sentrum,Torget,boy,16-18,20,school,M-5
				""";
		assertThat(mvc.post()
			.uri("/api/v1/import/encounters")
			.contentType("text/csv")
			.content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.with(user(leader))
			.with(csrf())).hasStatusOk();
		assertThat(differences()).isZero();
		assertThat(rollUp("TALLY", "BOY|12-15", "2025-01-01")).isEqualTo(11);
		assertThat(rollUp("THEME", "friends", "2025-02-01")).isEqualTo(3);

		var teams = List.of(municipality.teamA);
		var custom = new ReportingPeriod(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 11));
		assertThat(counts.totals(teams, custom)).isEqualTo(new FieldworkCounts.Totals(11, 11, 0, 8, 3));
		assertThat(counts.byTheme(teams, custom)).containsExactlyInAnyOrder(new FieldworkCounts.Count("alcohol", 4),
				new FieldworkCounts.Count("friends", 5), new FieldworkCounts.Count("school", 4));
		assertThat(counts.byAgeBandAndGender(teams, custom)).containsExactlyInAnyOrder(
				new FieldworkCounts.BandGenderCount("12-15", no.feltlogg.shared.Gender.BOY, 2),
				new FieldworkCounts.BandGenderCount("16-18", no.feltlogg.shared.Gender.GIRL, 2),
				new FieldworkCounts.BandGenderCount("12-15", no.feltlogg.shared.Gender.GIRL, 3),
				new FieldworkCounts.BandGenderCount("16-18", no.feltlogg.shared.Gender.BOY, 4));

		// imported lines are not edited; taking an import away takes it out of the
		// roll-up
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> jdbc.update("update imported_encounter set count = 1 where team_id = ?", municipality.teamA)))
			.hasMessageContaining("imported encounters are not changed");
		jdbc.update("delete from imported_encounter where team_id = ? and source_id in ('M-1', 'M-3')",
				municipality.teamA);
		assertThat(differences()).isZero();
		assertThat(rollUp("TALLY", "BOY|12-15", "2025-01-01")).isEqualTo(2);
		assertThat(rollUp("ARENA", "online", "2025-02-01")).isZero();
	}

	private UUID log(String date, String time, String arena, List<String> themes, List<String> tally,
			boolean youthMet) {
		var request = mvc.post()
			.uri("/fieldwork/encounters/new")
			.param("date", date)
			.param("time", time)
			.param("arena", arena)
			.with(user(worker))
			.with(csrf());
		if ("online".equals(arena)) {
			request = request.param("platform", "SNAPCHAT");
		}
		for (var theme : themes) {
			request = request.param("themes", theme);
		}
		for (int i = 0; i < tally.size(); i += 2) {
			request = request.param("counts[" + tally.get(i) + "]", tally.get(i + 1));
		}
		if (youthMet) {
			request = request.param("youthIds", youth.toString());
		}
		var before = new ArrayList<>(ids());
		assertThat(request).hasRedirectedUrl("/");
		var after = new ArrayList<>(ids());
		after.removeAll(before);
		assertThat(after).hasSize(1);
		return after.get(0);
	}

	private List<UUID> ids() {
		return jdbc.queryForList("select id from encounter where team_id = ?", UUID.class, municipality.teamA);
	}

	private String version(UUID encounter) {
		return String.valueOf(jdbc.queryForObject("select version from encounter where id = ?", Long.class, encounter));
	}

	private long differences() {
		var team = municipality.teamA;
		return jdbc.queryForObject(DIFFERENCES, Long.class, team, team, team, team, team, team);
	}

	private long rollUp(String dimension, String key, String month) {
		return jdbc.queryForObject(
				"select coalesce(sum(encounters), 0) from encounter_month where team_id = ? "
						+ "and dimension = ? and key = ? and month = cast(? as date)",
				Long.class, municipality.teamA, dimension, key, month);
	}

}
