package no.feltlogg.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.WorkKind;
import no.feltlogg.fieldwork.WorkingTime;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.Role;
import no.feltlogg.team.Teams;

/**
 * Issue #17 in the demo (ADR 0038): a second "Skateparken" in another area of each team,
 * and a year of working time outside the field on the week sheets (office, meetings,
 * documentation, planning, travel, and now and then going with a youth to a service), so
 * that the report's direct-time share is made of working time, not shift time.
 */
@Component
@Profile("demo")
@Order(50)
class DemoCountedTime implements ApplicationRunner {

	private final Teams teams;

	private final Catalog catalog;

	private final WorkingTime workingTime;

	private final Clock clock;

	private final String municipalityName;

	DemoCountedTime(Teams teams, Catalog catalog, WorkingTime workingTime, Clock clock,
			@Value("${feltlogg.municipality-name}") String municipalityName) {
		this.teams = teams;
		this.catalog = catalog;
		this.workingTime = workingTime;
		this.clock = clock;
		this.municipalityName = municipalityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		for (var team : teams.teamsOf(teams.ensureMunicipality(municipalityName))) {
			boolean north = team.name().equals(DemoData.TEAM_B);
			if (!north && !team.name().equals(DemoData.TEAM_A)) {
				continue;
			}
			// the same place name in two areas of the team
			var other = catalog.ensure(team.id(), CodeKind.AREA, north ? "Nordbyen øst" : "Elvebredden", null);
			catalog.ensure(team.id(), CodeKind.PLACE, "Skateparken", other.id());
			if (workingTime.anyRecorded(team.id())) {
				continue;
			}
			var random = new Random(team.name().hashCode() + 17);
			for (var member : teams.activeStaff(team.id())) {
				if (member.role() != Role.WORKER && member.role() != Role.LEADER) {
					continue;
				}
				for (var day = today.minusMonths(15); day.isBefore(today); day = day.plusDays(1)) {
					if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
							|| random.nextInt(10) < 3) {
						continue;
					}
					workingTime.recordPast(team.id(), member.accountId(), day, WorkKind.DOCUMENTATION,
							30 + 15 * random.nextInt(5));
					workingTime.recordPast(team.id(), member.accountId(), day, WorkKind.MEETINGS,
							30 + 30 * random.nextInt(3));
					if (random.nextInt(3) == 0) {
						workingTime.recordPast(team.id(), member.accountId(), day, WorkKind.PLANNING, 60);
					}
					if (random.nextInt(4) == 0) {
						workingTime.recordPast(team.id(), member.accountId(), day, WorkKind.TRAVEL, 30);
					}
					if (random.nextInt(8) == 0) {
						workingTime.recordPast(team.id(), member.accountId(), day, WorkKind.ACCOMPANIED, 90);
					}
				}
			}
		}
	}

}
