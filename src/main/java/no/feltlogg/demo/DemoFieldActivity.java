package no.feltlogg.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.fieldwork.PastActivity;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.team.StaffMember;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;

/**
 * Fifteen months of believable field work for the two demo teams: more on Friday and
 * Saturday nights, more in the summer and on the beaches, a peak on 17 May, a quiet
 * Christmas; shifts with their hours, and field observations. Synthetic and anonymous; a
 * fixed seed makes every demo database the same.
 */
@Component
@Profile("demo")
@Order(10)
class DemoFieldActivity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoFieldActivity.class);

	private static final String[] THEMES = { "alcohol", "alcohol", "cannabis", "drugs", "mental_health",
			"anxiety_depression", "violence", "crime", "school", "school", "family", "friends", "friends", "love",
			"sexuality", "online", "leisure", "leisure", "work_money", "housing", "radicalisation" };

	private static final String[] OBSERVED = { "GATHERING", "GATHERING", "GATHERING", "ALCOHOL", "ALCOHOL", "CANNABIS",
			"OTHER_DRUGS", "DRUG_SALE", "VIOLENCE", "THREATS", "WEAPONS", "GROUP_CONFLICT", "VANDALISM" };

	/** Days before today whose encounters the demo workers logged themselves. */
	static final int RECENT_DAYS = 14;

	private final Teams teams;

	private final Catalog catalog;

	private final PastActivity past;

	private final FieldworkCounts counts;

	private final Clock clock;

	private final String municipalityName;

	private final Map<UUID, String> areaNames = new java.util.HashMap<>();

	DemoFieldActivity(Teams teams, Catalog catalog, PastActivity past, FieldworkCounts counts, Clock clock,
			@Value("${feltlogg.municipality-name}") String municipalityName) {
		this.teams = teams;
		this.catalog = catalog;
		this.past = past;
		this.counts = counts;
		this.clock = clock;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (var team : demoTeams()) {
			var today = LocalDate.now(clock);
			if (counts.totals(Set.of(team.id()), new ReportingPeriod(today.minusYears(3), today.plusDays(1)))
				.encounters() > 0) {
				continue;
			}
			generate(team, today, new Random(team.name().hashCode()));
		}
	}

	private List<TeamInfo> demoTeams() {
		return teams.teamsOf(teams.ensureMunicipality(municipalityName))
			.stream()
			.filter(t -> t.name().equals(DemoData.TEAM_A) || t.name().equals(DemoData.TEAM_B))
			.toList();
	}

	private void generate(TeamInfo team, LocalDate today, Random random) {
		boolean north = team.name().equals(DemoData.TEAM_B);
		var places = places(team.id(), north);
		var staff = teams.activeStaff(team.id());
		var workers = staff.stream().filter(s -> s.role() == Role.WORKER).map(StaffMember::accountId).toList();
		var leader = staff.stream().filter(s -> s.role() == Role.LEADER).findFirst().orElseThrow().accountId();
		var everyone = staff.stream().map(StaffMember::accountId).toList();
		var csv = new StringBuilder("date,time,arena,area,place,gender,age,count,themes,source_id\n");
		var shifts = new ArrayList<PastActivity.PastShift>();
		var observations = new ArrayList<PastActivity.PastObservation>();
		// The last two weeks as the workers logged them (they can still open and change
		// those); before that, the
		// team's history as imported from its earlier system.
		var logged = new ArrayList<PastActivity.PastEncounter>();
		var loggedFrom = today.minusDays(RECENT_DAYS);
		var bands = catalog.active(team.id(), CodeKind.AGE_BAND);
		var school = catalog.active(team.id(), CodeKind.SCHOOL)
			.stream()
			.filter(s -> s.schoolLevel() == SchoolLevel.LOWER_SECONDARY)
			.map(CodeItem::id)
			.findFirst()
			.orElse(null);
		int atSchool = 0;
		int line = 0;
		for (var day = today.minusMonths(15).withDayOfMonth(1); day.isBefore(today); day = day.plusDays(1)) {
			double rate = rate(day) * (north ? 0.7 : 1.0);
			int groups = poisson(random, rate);
			if (groups > 0 || day.getDayOfWeek() == DayOfWeek.FRIDAY) {
				var start = Oslo.instant(day.atTime(18, 0));
				var worked = List.of(workers.isEmpty() ? leader : workers.get(random.nextInt(workers.size())),
						everyone.get(random.nextInt(everyone.size())));
				shifts.add(new PastActivity.PastShift(team.id(), worked.stream().distinct().toList(), start,
						Duration.ofHours(day.getDayOfWeek().getValue() >= 5 ? 8 : 6), "street",
						Set.of(places.getFirst().areaId()), 60 * (3 + random.nextInt(3))));
			}
			for (int g = 0; g < groups; g++) {
				var place = pick(random, places, day);
				var time = LocalTime.of(pickHour(random), random.nextInt(60));
				var arena = summerBeach(day, place) ? "street" : random.nextInt(100) < 12 ? "online"
						: day.getDayOfWeek().getValue() <= 5 && time.getHour() < 15 ? "school" : "street";
				int size = 1 + random.nextInt(random.nextInt(10) < 8 ? 5 : 12);
				var themes = new ArrayList<String>();
				if (random.nextInt(10) < 7) {
					themes.add(THEMES[random.nextInt(THEMES.length)]);
					if (random.nextBoolean()) {
						themes.add(THEMES[random.nextInt(THEMES.length)]);
					}
				}
				var theme = String.join(";", themes.stream().distinct().toList());
				int boys = random.nextInt(size + 1);
				var cells = new ArrayList<PastActivity.PastCount>();
				for (var part : new int[][] { { 0, boys }, { 1, size - boys } }) {
					if (part[1] == 0) {
						continue;
					}
					var gender = random.nextInt(40) == 0 ? "unknown" : part[0] == 0 ? "boy" : "girl";
					int age = 11 + random.nextInt(random.nextInt(10) < 8 ? 8 : 12);
					if (!day.isBefore(loggedFrom)) {
						var band = bands.stream().filter(b -> b.containsAge(age)).findFirst().orElse(bands.getLast());
						cells.add(new PastActivity.PastCount(Gender.parse(gender).orElseThrow(), band.code(), part[1]));
						continue;
					}
					csv.append(day)
						.append(',')
						.append(time)
						.append(',')
						.append(arena)
						.append(',')
						.append(areaName(place))
						.append(',')
						.append(arena.equals("online") ? "" : place.label())
						.append(',')
						.append(gender)
						.append(',')
						.append(age)
						.append(',')
						.append(part[1])
						.append(',')
						.append(theme)
						.append(',')
						.append("demo-")
						.append(team.id().toString(), 0, 8)
						.append('-')
						.append(++line)
						.append('\n');
				}
				if (!cells.isEmpty()) {
					boolean online = arena.equals("online");
					var encounter = new PastActivity.PastEncounter(team.id(),
							workers.isEmpty() ? leader : workers.get(random.nextInt(workers.size())),
							Oslo.instant(day.atTime(time)), arena, place.areaId(), online ? null : place.id(),
							online ? "SNAPCHAT" : null, themes.stream().distinct().toList(), cells);
					// every other recent visit at the school arena names the lower
					// secondary school (ADR 0036)
					logged.add(arena.equals("school") && school != null && atSchool++ % 2 == 0
							? encounter.atSchool(school) : encounter);
				}
			}
			if (random.nextInt(100) < (day.getDayOfWeek().getValue() >= 5 ? 30 : 8)) {
				var place = pick(random, places, day);
				var kinds = new ArrayList<String>();
				kinds.add(OBSERVED[random.nextInt(OBSERVED.length)]);
				if (random.nextBoolean()) {
					kinds.add(OBSERVED[random.nextInt(OBSERVED.length)]);
				}
				observations
					.add(new PastActivity.PastObservation(team.id(), everyone.get(random.nextInt(everyone.size())),
							Oslo.instant(day.atTime(pickHour(random), random.nextInt(60))), place.areaId(), place.id(),
							kinds.stream().distinct().toList(), 5 + random.nextInt(40),
							random.nextInt(10) < 6 ? "LOW" : random.nextInt(10) < 8 ? "MEDIUM" : "HIGH", null));
			}
		}
		past.recordShifts(shifts);
		past.recordObservations(observations);
		if (school != null && atSchool == 0) {
			// at least one recent visit at the school that names it, whatever the dice
			// gave (ADR 0036)
			var weekday = today.minusDays(1);
			while (weekday.getDayOfWeek().getValue() > 5) {
				weekday = weekday.minusDays(1);
			}
			var band = bands.stream().filter(b -> b.containsAge(14)).findFirst().orElse(bands.getFirst()).code();
			logged.add(new PastActivity.PastEncounter(team.id(), workers.isEmpty() ? leader : workers.getFirst(),
					Oslo.instant(weekday.atTime(11, 30)), "school", places.getFirst().areaId(), null, null,
					List.of("school"), List.of(new PastActivity.PastCount(Gender.GIRL, band, 3),
							new PastActivity.PastCount(Gender.BOY, band, 2)))
				.atSchool(school));
		}
		past.recordEncounters(logged);
		var imported = past.importEncounters(team.id(), leader,
				new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
		log.info(
				"Demo field work for {}: {} encounter lines imported, {} encounters logged, {} shifts, {} observations",
				team.name(), imported, logged.size(), shifts.size(), observations.size());
	}

	/**
	 * Groups met on an average day: weekends, summer and 17 May up, Christmas and January
	 * down.
	 */
	static double rate(LocalDate day) {
		double rate = switch (day.getDayOfWeek()) {
			case FRIDAY, SATURDAY -> 4.5;
			case SUNDAY -> 1.2;
			default -> 1.8;
		};
		rate *= switch (day.getMonth()) {
			case JUNE, JULY, AUGUST -> 1.6;
			case DECEMBER, JANUARY -> 0.7;
			default -> 1.0;
		};
		if (day.getMonth() == Month.MAY && day.getDayOfMonth() == 17) {
			rate *= 5;
		}
		if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 24) {
			rate *= 0.4;
		}
		return rate;
	}

	private static boolean summerBeach(LocalDate day, CodeItem place) {
		return place.label().equals("Stranda") && day.getMonthValue() >= 6 && day.getMonthValue() <= 8;
	}

	/** Evenings and nights mostly; some school-day visits in the daytime. */
	private static int pickHour(Random random) {
		int roll = random.nextInt(100);
		if (roll < 15) {
			return 10 + random.nextInt(5);
		}
		if (roll < 65) {
			return 17 + random.nextInt(5);
		}
		return (22 + random.nextInt(5)) % 24;
	}

	private static CodeItem pick(Random random, List<CodeItem> places, LocalDate day) {
		if (day.getMonthValue() >= 6 && day.getMonthValue() <= 8 && random.nextInt(3) == 0) {
			return places.stream().filter(p -> p.label().equals("Stranda")).findFirst().orElse(places.getFirst());
		}
		return places.get(random.nextInt(places.size()));
	}

	private String areaName(CodeItem place) {
		return areaNames.getOrDefault(place.areaId(), "Sentrum");
	}

	/**
	 * The team's places, with a second area of its own and a school or two added once.
	 */
	private List<CodeItem> places(UUID team, boolean north) {
		var centre = catalog.ensure(team, CodeKind.AREA, north ? "Nordbyen" : "Sentrum", null);
		var other = catalog.ensure(team, CodeKind.AREA, north ? "Nordbyen øst" : "Elvebredden", null);
		for (var place : north ? new String[] { "Nordbyen senter", "Idrettsparken", "Stranda" }
				: new String[] { "Jernbanestasjonen", "Torget", "Skateparken", "Stranda" }) {
			catalog.ensure(team, CodeKind.PLACE, place, centre.id());
		}
		for (var place : north ? new String[] { "Fritidsklubben Øst", "Ballbingen" }
				: new String[] { "Elveparken", "Bibliotekplassen" }) {
			catalog.ensure(team, CodeKind.PLACE, place, other.id());
		}
		if (catalog.active(team, CodeKind.SCHOOL).isEmpty()) {
			catalog.addSchool(team, north ? "Nordbyen ungdomsskole" : "Elvedal ungdomsskole",
					SchoolLevel.LOWER_SECONDARY);
			catalog.addSchool(team, north ? "Nordbyen skole" : "Sentrum skole", SchoolLevel.PRIMARY);
			catalog.addSchool(team, "Elvedal videregående skole", SchoolLevel.UPPER_SECONDARY);
		}
		areaNames.put(centre.id(), centre.label());
		areaNames.put(other.id(), other.label());
		return catalog.active(team, CodeKind.PLACE)
			.stream()
			.filter(p -> p.areaId() != null && areaNames.containsKey(p.areaId()))
			.toList();
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= random.nextDouble();
			n++;
		}
		return n;
	}

}
