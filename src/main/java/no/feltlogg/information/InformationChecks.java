package no.feltlogg.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.IdentifyingText;
import no.feltlogg.shared.Oslo;
import no.feltlogg.team.StaffMember;
import no.feltlogg.team.Teams;

/**
 * The rules of an information event that need the team's lists: the school is one of the
 * team's, the themes are codes of its THEME list, the workers are on its staff, the date
 * is not ahead of today in Oslo, and pupils come with their grade. Each problem is a
 * field and a message key, shown at that field.
 */
@Component
class InformationChecks {

	record Problem(String field, String key) {
	}

	private final Catalog catalog;

	private final Teams teams;

	private final Clock clock;

	InformationChecks(Catalog catalog, Teams teams, Clock clock) {
		this.catalog = catalog;
		this.teams = teams;
		this.clock = clock;
	}

	List<Problem> problems(UUID team, InformationDetails details) {
		var problems = new ArrayList<Problem>();
		if (details.date().isAfter(LocalDate.now(clock.withZone(Oslo.ZONE)))) {
			problems.add(new Problem("date", "information.error.future"));
		}
		if (details.schoolId() != null
				&& catalog.find(team, details.schoolId()).filter(s -> s.kind() == CodeKind.SCHOOL).isEmpty()) {
			problems.add(new Problem("schoolId", "information.error.unknownSchool"));
		}
		if (details.schoolId() == null && (details.place() == null || details.place().isBlank())) {
			problems.add(new Problem("place", "information.error.where"));
		}
		if (details.reached() <= 0) {
			problems.add(new Problem("pupils", "information.error.reached"));
		}
		if (details.pupils() > 0 && details.grade() == null) {
			problems.add(new Problem("grade", "information.error.grade"));
		}
		if (details.pupils() == 0 && details.grade() != null) {
			problems.add(new Problem("grade", "information.error.gradeWithoutPupils"));
		}
		var themes = catalog.all(team, CodeKind.THEME).stream().map(CodeItem::code).toList();
		if (!themes.containsAll(details.themes())) {
			problems.add(new Problem("themes", "information.error.unknownTheme"));
		}
		var staff = teams.staffNames(team).keySet();
		if (details.workers().isEmpty()) {
			problems.add(new Problem("workers", "information.error.workers"));
		}
		else if (!staff.containsAll(details.workers())) {
			problems.add(new Problem("workers", "information.error.unknownWorker"));
		}
		IdentifyingText.problem(details.note()).ifPresent(key -> problems.add(new Problem("note", key)));
		IdentifyingText.problem(details.place()).ifPresent(key -> problems.add(new Problem("place", key)));
		return problems;
	}

	List<StaffMember> staff(UUID team) {
		return teams.activeStaff(team);
	}

}
