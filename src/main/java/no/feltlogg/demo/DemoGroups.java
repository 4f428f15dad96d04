package no.feltlogg.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.feltlogg.groups.AnonymousCount;
import no.feltlogg.groups.AttendanceStatus;
import no.feltlogg.groups.GroupDetails;
import no.feltlogg.groups.GroupStatus;
import no.feltlogg.groups.Recruitment;
import no.feltlogg.groups.SessionDetails;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.Birth;

/**
 * Group activities for the demo teams, across the school year and relative to today:
 * Ungdomsteamet Sentrum's girls' group at Elvedal ungdomsskole this term (with Emma and
 * Aisha from {@link DemoYouths} and six more girls) and last term's boys' group
 * (finished; one boy has since withdrawn his consent and stays in the attendance);
 * Utekontakten Nordbyen's gaming night at the library, mostly anonymous youths counted by
 * gender and age, and next term's gaming group, only planned. Sessions fall weekly
 * outside school holidays; attendance drops off over the weeks. Written through the
 * groups service as the teams' own staff, so the access log shows it. Runs only under the
 * {@code demo} profile, and only while the first team has no groups. All names are made
 * up.
 */
@Component
@Profile("demo")
@Order(30)
class DemoGroups implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGroups.class);

	private static final List<String> GIRLS_THEMES = List.of("friends", "mental_health", "online", "love", "school",
			"family", "sexuality", "alcohol", "leisure", "anxiety_depression", "friends", "work_money");

	private static final List<String> GIRLS_ACTIVITIES = List.of("Bli kjent-leker og pizza",
			"Samtale om vennskap og utenforskap", "Skjermtid og nettvett med quiz", "Film og samtale om kjærester",
			"Matlaging: taco fra bunnen", "Tur til utsiktspunktet med bål", "Grenser og samtykke med helsesykepleier",
			"Bowling og brus", "Drømmer og planer for neste år", "Pusteøvelser og samtale om stress",
			"Avslutning med kake og diplom", "Evaluering og veien videre");

	private static final List<String> BOYS_ACTIVITIES = List.of("Fotball i hallen og bli kjent", "Boksing med trener",
			"Samtale om respekt og sinne", "Matlaging: burger", "Klatring", "Samtale om rus og press fra venner",
			"Tur med politikontakten", "Biljard og samtale om skole", "Søke sommerjobb sammen", "Avslutning med pizza");

	private static final List<String> BOYS_THEMES = List.of("friends", "violence", "violence", "family", "leisure",
			"cannabis", "crime", "school", "work_money", "friends");

	private static final List<String> GAMING_ACTIVITIES = List.of("Fortnite-turnering", "Minecraft-bygging i lag",
			"FIFA-kveld", "Mario Kart og pizza", "Rocket League", "Brettspill og Among Us", "Minecraft: bygge skolen",
			"FIFA-turnering med premier", "Retrokveld", "Valgfritt spill", "Juleavslutning med turnering",
			"Valgfritt spill", "Rocket League-liga", "Fortnite-kveld");

	private final Teams teams;

	private final DemoGroupWriter write;

	private final String municipalityName;

	private final LocalDate today;

	DemoGroups(Teams teams, DemoGroupWriter write, Clock clock,
			@Value("${feltlogg.municipality-name}") String municipalityName) {
		this.teams = teams;
		this.write = write;
		this.municipalityName = municipalityName;
		this.today = LocalDate.now(clock);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = teams.ensureMunicipality(municipalityName);
		var sentrum = DemoPrincipals.team(teams, municipality, DemoData.TEAM_A);
		var nordbyen = DemoPrincipals.team(teams, municipality, DemoData.TEAM_B);
		if (sentrum == null || nordbyen == null) {
			log.info("Demo teams not found; no demo groups");
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			var kari = DemoPrincipals.signIn(teams, municipality, sentrum, Role.LEADER);
			if (!write.noGroups(kari)) {
				log.info("Demo groups already present");
				return;
			}
			var ingrid = DemoPrincipals.signIn(teams, municipality, sentrum, Role.WORKER);
			girlsGroup(ingrid, kari);
			boysGroup(ingrid, kari);
			var jonas = DemoPrincipals.signIn(teams, municipality, nordbyen, Role.WORKER);
			var mona = DemoPrincipals.signIn(teams, municipality, nordbyen, Role.LEADER);
			gamingNight(jonas, mona);
			log.info("Demo groups created for {} and {}", sentrum.name(), nordbyen.name());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * This term's girls' group at the lower secondary school, run with the youth health
	 * clinic; two sessions left.
	 */
	private void girlsGroup(CurrentUser ingrid, CurrentUser kari) {
		var team = kari.requireTeamId();
		var school = write.school(team, "Elvedal ungdomsskole", SchoolLevel.LOWER_SECONDARY);
		var dates = weekly(today.minusWeeks(11).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), 12);
		var start = dates.get(0);
		var clinic = write.service(team, "Helsestasjon for ungdom");
		// Aisha's record is restricted to her contact, Kari, so Kari keeps the
		// attendance; Ingrid sees her as
		// restricted
		var group = write.create(kari,
				new GroupDetails("Jentegruppa 9. trinn", "girls", school, "school", clinic, start,
						dates.get(dates.size() - 1), 12, EnumSet.of(Recruitment.SCHOOL, Recruitment.OUTREACH), false,
						GroupStatus.RUNNING, Set.of(ingrid.accountId(), kari.accountId())));

		var girls = new LinkedHashMap<UUID, Habit>();
		var named = write.byName(kari);
		putIfPresent(girls, named.get("Emma Johansen Berg"), new Habit(0.97, 99));
		putIfPresent(girls, named.get("Aisha Mahmoud"), new Habit(0.9, 99));
		var consentOn = start.minusDays(10);
		girls.put(write.register(ingrid, "Sara Lund", Birth.year(today.getYear() - 14), Gender.GIRL, school, consentOn),
				new Habit(0.95, 8));
		girls.put(write.register(ingrid, "Maja Eriksen", Birth.of(LocalDate.of(today.getYear() - 15, 3, 14)),
				Gender.GIRL, school, consentOn), new Habit(0.92, 99));
		girls.put(
				write.register(ingrid, "Thea Bakke", Birth.year(today.getYear() - 14), Gender.GIRL, school, consentOn),
				new Habit(0.9, 6));
		girls.put(write.register(ingrid, "Vilde Strand", Birth.year(today.getYear() - 15), Gender.GIRL, school,
				consentOn), new Habit(0.85, 4));
		var hanna = write.register(ingrid, "Hanna Moe", Birth.year(today.getYear() - 14), Gender.GIRL, school,
				consentOn);
		girls.put(hanna, new Habit(0.8, 3));
		girls.put(write.register(ingrid, "Yasmin Ali", Birth.of(LocalDate.of(today.getYear() - 14, 9, 2)), Gender.GIRL,
				school, consentOn), new Habit(0.9, 7));

		for (var girl : girls.keySet()) {
			var joins = latest(start, write.consentOf(kari, girl, today).plusDays(1));
			write.join(kari, group, List.of(girl), joins);
		}
		var random = new Random(9);
		for (int i = 0; i < dates.size(); i++) {
			var date = dates.get(i);
			var details = new SessionDetails(date, LocalTime.of(14, 15), LocalTime.of(15, 45), GIRLS_THEMES.get(i),
					GIRLS_ACTIVITIES.get(i),
					i == 4 ? "God stemning. Flere ville fortsette praten etter at vi var ferdige."
							: i == 7 ? "Rolig gjeng i dag; to meldte forfall på grunn av prøve neste dag." : null);
			var session = write.plan(kari, group, details);
			if (date.isAfter(today)) {
				continue;
			}
			if (i == 5) {
				write.leave(kari, group, hanna, date);
				girls.remove(hanna);
			}
			var marks = new HashMap<UUID, AttendanceStatus>();
			for (var girl : girls.entrySet()) {
				if (!date.isBefore(latest(start, write.consentOf(kari, girl.getKey(), today).plusDays(1)))) {
					marks.put(girl.getKey(), girl.getValue().mark(random, i));
				}
			}
			write.attend(kari, group, session, marks, List.of());
		}
	}

	/**
	 * Last term's boys' group: ten sessions, finished; one boy has since withdrawn his
	 * consent to registration.
	 */
	private void boysGroup(CurrentUser ingrid, CurrentUser kari) {
		var team = ingrid.requireTeamId();
		var school = write.school(team, "Elvedal ungdomsskole", SchoolLevel.LOWER_SECONDARY);
		var dates = weekly(today.minusWeeks(40).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)), 10);
		var start = dates.get(0);
		var consentOn = start.minusDays(14);
		var boys = new LinkedHashMap<UUID, Habit>();
		boys.put(write.register(ingrid, "Adrian Holm", Birth.year(today.getYear() - 15), Gender.BOY, school, consentOn),
				new Habit(0.92, 99));
		boys.put(write.register(ingrid, "Elias Berg", Birth.year(today.getYear() - 15), Gender.BOY, school, consentOn),
				new Habit(0.95, 99));
		boys.put(write.register(ingrid, "Noah Hansen", Birth.year(today.getYear() - 16), Gender.BOY, school, consentOn),
				new Habit(0.9, 5));
		boys.put(write.register(ingrid, "Oliver Dahl", Birth.year(today.getYear() - 15), Gender.BOY, school, consentOn),
				new Habit(0.85, 3));
		boys.put(
				write.register(ingrid, "Jakob Sæther", Birth.year(today.getYear() - 16), Gender.BOY, school, consentOn),
				new Habit(0.9, 7));
		boys.put(write.register(ingrid, "Ibrahim Yusuf", Birth.year(today.getYear() - 15), Gender.BOY, school,
				consentOn), new Habit(0.8, 4));
		var group = write.create(ingrid,
				new GroupDetails("Brotherhood Elvedal", "boys", school, "school", null, start,
						dates.get(dates.size() - 1), 10, EnumSet.of(Recruitment.SCHOOL), false, GroupStatus.FINISHED,
						Set.of(ingrid.accountId())));
		write.join(ingrid, group, boys.keySet(), start);
		var random = new Random(17);
		for (int i = 0; i < dates.size(); i++) {
			var date = dates.get(i);
			var details = new SessionDetails(date, LocalTime.of(13, 30), LocalTime.of(15, 0), BOYS_THEMES.get(i),
					BOYS_ACTIVITIES.get(i), null);
			var session = write.plan(ingrid, group, details);
			var marks = new HashMap<UUID, AttendanceStatus>();
			for (var boy : boys.entrySet()) {
				marks.put(boy.getKey(), boy.getValue().mark(random, i));
			}
			write.attend(ingrid, group, session, marks, List.of());
		}
		var adrian = boys.keySet().iterator().next();
		write.withdraw(ingrid, adrian, today.minusDays(30));
	}

	/**
	 * Nordbyen's weekly gaming night at the library: open to all, so most come
	 * anonymously and are counted; a few registered youths are participants. Next term's
	 * gaming group is planned.
	 */
	private void gamingNight(CurrentUser jonas, CurrentUser mona) {
		var dates = weekly(today.minusWeeks(12).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)), 14);
		var start = dates.get(0);
		var group = write.create(jonas,
				new GroupDetails("Gamingkveld på biblioteket", "gaming", null, "gaming", null, start, null, 14,
						EnumSet.of(Recruitment.OUTREACH, Recruitment.SIGN_UP), true, GroupStatus.RUNNING,
						Set.of(jonas.accountId(), mona.accountId())));
		var named = write.byName(jonas);
		var regulars = new LinkedHashMap<UUID, Habit>();
		putIfPresent(regulars, named.get("Sander Lie Karlsen"), new Habit(0.95, 99));
		regulars.put(write.register(jonas, "Lucas Amundsen", Birth.year(today.getYear() - 14), Gender.BOY, null,
				start.minusDays(20)), new Habit(0.9, 8));
		regulars.put(write.register(jonas, "Emil Rød", Birth.year(today.getYear() - 16), Gender.BOY, null,
				start.minusDays(20)), new Habit(0.85, 5));
		for (var youth : regulars.keySet()) {
			var joins = latest(start, write.consentOf(jonas, youth, today).plusDays(1));
			write.join(jonas, group, List.of(youth), joins);
		}
		var random = new Random(23);
		for (int i = 0; i < dates.size(); i++) {
			var date = dates.get(i);
			var details = new SessionDetails(date, LocalTime.of(18, 0), LocalTime.of(21, 0),
					i % 4 == 2 ? "online" : null, GAMING_ACTIVITIES.get(i), null);
			var session = write.plan(jonas, group, details);
			if (date.isAfter(today)) {
				continue;
			}
			var marks = new HashMap<UUID, AttendanceStatus>();
			for (var youth : regulars.entrySet()) {
				if (!date.isBefore(latest(start, write.consentOf(jonas, youth.getKey(), today).plusDays(1)))) {
					marks.put(youth.getKey(), youth.getValue().mark(random, i));
				}
			}
			// the open night draws a crowd at first, then settles
			double pull = 1.0 - 0.03 * i;
			var anonymous = new ArrayList<AnonymousCount>();
			count(anonymous, Gender.BOY, "12-15", (int) Math.round((6 + random.nextInt(4)) * pull));
			count(anonymous, Gender.GIRL, "12-15", (int) Math.round(random.nextInt(4) * pull));
			count(anonymous, Gender.BOY, "16-18", (int) Math.round((1 + random.nextInt(4)) * pull));
			count(anonymous, Gender.UNKNOWN, "12-15", random.nextInt(5) == 0 ? 1 : 0);
			write.attend(jonas, group, session, marks, anonymous);
		}

		// next term's gaming group: planned, with the first sessions in the plan
		var januaryStart = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear(), 1, 8)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		var next = januaryStart.isAfter(today) ? januaryStart : today.plusWeeks(6).with(DayOfWeek.WEDNESDAY);
		var planned = write.create(mona, new GroupDetails("Gaminggruppa (vår)", "gaming", null, "gaming", null, next,
				null, 10, EnumSet.of(Recruitment.OUTREACH), false, GroupStatus.PLANNED, Set.of(jonas.accountId())));
		var sander = named.get("Sander Lie Karlsen");
		if (sander != null) {
			write.join(mona, planned, List.of(sander), next);
		}
		for (var date : weekly(next, 4)) {
			write.plan(mona, planned, new SessionDetails(date, LocalTime.of(17, 30), LocalTime.of(19, 30), "online",
					"Discord-kveld med fast gjeng", null));
		}
	}

	// ---------------------------------------------------------------- helpers

	/** Weekly dates from the first, skipping school holidays, until there are so many. */
	static List<LocalDate> weekly(LocalDate first, int count) {
		var dates = new ArrayList<LocalDate>();
		for (var date = first; dates.size() < count; date = date.plusWeeks(1)) {
			if (!isSchoolHoliday(date)) {
				dates.add(date);
			}
		}
		return dates;
	}

	/**
	 * Norwegian school holidays as most municipalities have them: summer, the autumn
	 * break (week 40), Christmas, the winter break (week 8), Easter, and the spring's
	 * public holidays.
	 */
	static boolean isSchoolHoliday(LocalDate date) {
		int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		var easter = easterSunday(date.getYear());
		return date.isAfter(LocalDate.of(date.getYear(), 6, 19)) && date.isBefore(LocalDate.of(date.getYear(), 8, 18))
				|| week == 40 || week == 8 || date.isAfter(LocalDate.of(date.getYear(), 12, 19))
				|| date.isBefore(LocalDate.of(date.getYear(), 1, 4))
				|| !date.isBefore(easter.minusDays(7)) && !date.isAfter(easter.plusDays(1))
				|| date.equals(LocalDate.of(date.getYear(), 5, 1)) || date.equals(LocalDate.of(date.getYear(), 5, 17))
				|| date.equals(easter.plusDays(39)) || date.equals(easter.plusDays(50));
	}

	/** Easter Sunday by the anonymous Gregorian algorithm. */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	/**
	 * How a youth comes to a group: most weeks at first, and after some session perhaps
	 * less and less, as drop-off goes in these groups. Someone who stays away has sent
	 * word about two times in five.
	 */
	record Habit(double presence, int fadesAfter) {

		AttendanceStatus mark(Random random, int session) {
			double chance = session < fadesAfter ? presence : presence * 0.45;
			if (random.nextDouble() < chance) {
				return AttendanceStatus.PRESENT;
			}
			return random.nextDouble() < 0.4 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
		}

	}

	private static void count(List<AnonymousCount> counts, Gender gender, String band, int count) {
		if (count > 0) {
			counts.add(new AnonymousCount(gender, band, count));
		}
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static void putIfPresent(Map<UUID, Habit> map, @Nullable UUID youth, Habit habit) {
		if (youth != null) {
			map.put(youth, habit);
		}
	}

}
