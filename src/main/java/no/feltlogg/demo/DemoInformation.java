package no.feltlogg.demo;

import static no.feltlogg.demo.DemoPrincipals.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.information.InformationDetails;
import no.feltlogg.information.InformationKind;
import no.feltlogg.information.InformationWork;
import no.feltlogg.information.SchoolContacts;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;
import no.feltlogg.shared.SchoolLevel;
import no.feltlogg.team.StaffMember;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;

/**
 * A year of information and attitude work for both demo teams (ADR 0036): drug-education
 * lessons for every 8th-grade class in the autumn and again in February, parents'
 * meetings for the 8th grade, a web-safety lesson at the primary school, a talk to the
 * upper secondary school's staff, and a stand at 17 May and the town festival where the
 * team took part; and the team's school contacts. Made through the same services as the
 * pages. Runs only under the {@code demo} profile, and only while the first team has no
 * information work.
 */
@Component
@Profile("demo")
@Order(50)
class DemoInformation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInformation.class);

	private final Teams teams;

	private final Catalog catalog;

	private final InformationWork work;

	private final SchoolContacts contacts;

	private final String municipalityName;

	private final LocalDate today;

	DemoInformation(Teams teams, Catalog catalog, InformationWork work, SchoolContacts contacts,
			@Value("${feltlogg.municipality-name}") String municipalityName, Clock clock) {
		this.today = LocalDate.now(clock);
		this.teams = teams;
		this.catalog = catalog;
		this.work = work;
		this.contacts = contacts;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = teams.ensureMunicipality(municipalityName);
		var sentrum = DemoPrincipals.team(teams, municipality, DemoData.TEAM_A);
		var nordbyen = DemoPrincipals.team(teams, municipality, DemoData.TEAM_B);
		if (sentrum == null || nordbyen == null) {
			log.info("Demo teams not found; no demo information work");
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			var first = DemoPrincipals.signIn(teams, municipality, sentrum, Role.WORKER);
			if (!as(first, () -> work.list(first, today.minusYears(2), today)).isEmpty()) {
				log.info("Demo information work already present");
				return;
			}
			fill(municipality, sentrum, List.of("Elvedal ungdomsskole", "Sentrum ungdomsskole", "Bakken ungdomsskole"),
					1);
			fill(municipality, nordbyen, List.of("Nordbyen ungdomsskole", "Furuly ungdomsskole"), 2);
			log.info("Demo information work and school contacts created for {} and {}", sentrum.name(),
					nordbyen.name());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void fill(UUID municipality, TeamInfo team, List<String> lowerSecondary, long seed) {
		var random = new Random(seed);
		var worker = DemoPrincipals.signIn(teams, municipality, team, Role.WORKER);
		var leader = DemoPrincipals.signIn(teams, municipality, team, Role.LEADER);
		var staff = teams.activeStaff(team.id()).stream().map(StaffMember::accountId).toList();
		var schools = new ArrayList<CodeItem>();
		for (var name : lowerSecondary) {
			schools.add(catalog.all(team.id(), CodeKind.SCHOOL)
				.stream()
				.filter(s -> s.label().equals(name))
				.findFirst()
				.orElseGet(() -> catalog.addSchool(team.id(), name, SchoolLevel.LOWER_SECONDARY)));
		}
		var all = catalog.active(team.id(), CodeKind.SCHOOL);
		var primary = all.stream().filter(s -> s.schoolLevel() == SchoolLevel.PRIMARY).findFirst().orElse(null);
		var upper = all.stream().filter(s -> s.schoolLevel() == SchoolLevel.UPPER_SECONDARY).findFirst().orElse(null);
		var two = staff.size() > 1 ? List.of(staff.get(0), staff.get(1)) : List.of(worker.accountId());

		// 8th-grade drug-education lessons: three classes a school in the autumn, and
		// again in February
		int school = 0;
		for (var at : schools) {
			for (int c = 0; c < 3; c++) {
				var autumn = lastBefore(MonthDay.of(9, 10 + 7 * school + c));
				log(worker, new InformationDetails(autumn, InformationKind.LESSON, at.id(), null, true,
						22 + random.nextInt(7), 8, 0, 1, 0, List.of("cannabis", "alcohol", "drugs"), two, null));
				var february = lastBefore(MonthDay.of(2, 3 + 5 * school + c));
				log(worker, new InformationDetails(february, InformationKind.LESSON, at.id(), null, true,
						22 + random.nextInt(7), 8, 0, 0, 0, List.of("cannabis", "online"), two, null));
			}
			// the 8th grade's parents' meeting at the start of the school year
			log(worker,
					new InformationDetails(lastBefore(MonthDay.of(8, 27 + school)), InformationKind.PARENTS_MEETING,
							at.id(), null, true, 0, null, 45 + random.nextInt(40), 4, 0,
							List.of("alcohol", "cannabis", "online"), two, null));
			school++;
		}
		if (primary != null) {
			log(worker, new InformationDetails(lastBefore(MonthDay.of(11, 14)), InformationKind.LESSON, primary.id(),
					null, true, 24, 7, 0, 0, 0, List.of("online", "friends"), List.of(worker.accountId()), null));
		}
		if (upper != null) {
			log(worker, new InformationDetails(lastBefore(MonthDay.of(10, 22)), InformationKind.STAFF_TALK, upper.id(),
					null, true, 0, null, 0, 32, 0, List.of("mental_health", "cannabis"), two, null));
		}
		// stands where the team took part: 17 May and the town festival
		log(worker,
				new InformationDetails(lastBefore(MonthDay.of(5, 17)), InformationKind.STAND, null,
						"17. mai-feiringen i " + (seed == 1 ? "sentrum" : "Nordbyen"), false, 0, null, 30, 0,
						140 + random.nextInt(60), List.of("alcohol", "leisure"), two, null));
		log(worker, new InformationDetails(lastBefore(MonthDay.of(6, 14)), InformationKind.STAND, null, "Byfesten",
				false, 0, null, 0, 0, 90 + random.nextInt(50), List.of("alcohol", "mental_health"), two, null));

		// school contacts: the worker for the lower secondary schools but the last, a
		// colleague for the rest
		for (int i = 0; i < schools.size(); i++) {
			var contact = i < schools.size() - 1 || staff.size() < 2 ? worker.accountId() : staff.get(1);
			var schoolId = schools.get(i).id();
			as(leader, () -> {
				contacts.assign(leader, schoolId, List.of(contact));
				return null;
			});
		}
		if (upper != null && staff.size() > 1) {
			as(leader, () -> {
				contacts.assign(leader, upper.id(), List.of(staff.get(1)));
				return null;
			});
		}
	}

	private void log(CurrentUser worker, InformationDetails details) {
		as(worker, () -> work.log(worker, details));
	}

	/** The last day with this month and day on or before today. */
	private LocalDate lastBefore(MonthDay day) {
		var date = day.atYear(today.getYear());
		return date.isAfter(today) ? day.atYear(today.getYear() - 1) : date;
	}

}
