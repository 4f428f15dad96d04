package no.feltlogg.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.Gender;
import no.feltlogg.team.Teams;

/**
 * What the group pages share: the team's labels for codes, schools, services and staff,
 * and today.
 */
@Component
class GroupPages {

	/**
	 * Genders shown as counters for anonymous participants: boys, girls, and other or
	 * unknown.
	 */
	static final List<Gender> COUNTED_GENDERS = List.of(Gender.BOY, Gender.GIRL, Gender.UNKNOWN);

	private final Catalog catalog;

	private final Teams teams;

	private final Clock clock;

	GroupPages(Catalog catalog, Teams teams, Clock clock) {
		this.catalog = catalog;
		this.teams = teams;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	void addLabels(UUID team, Model model) {
		model.addAttribute("typeLabels", catalog.labels(team, CodeKind.GROUP_TYPE));
		model.addAttribute("themeLabels", catalog.labels(team, CodeKind.THEME));
		model.addAttribute("arenaLabels", catalog.labels(team, CodeKind.ARENA));
		var schools = new HashMap<UUID, String>();
		catalog.all(team, CodeKind.SCHOOL).forEach(s -> schools.put(s.id(), s.label()));
		model.addAttribute("schoolLabels", schools);
		var services = new HashMap<UUID, String>();
		catalog.services(team).forEach(s -> services.put(s.id(), s.name()));
		model.addAttribute("serviceLabels", services);
		model.addAttribute("staffNames", teams.staffNames(team));
		model.addAttribute("today", today());
	}

	/** The version a form was rendered with; a form without one is treated as stale. */
	static long version(@org.jspecify.annotations.Nullable Long version) {
		return version == null ? -1 : version;
	}

}
