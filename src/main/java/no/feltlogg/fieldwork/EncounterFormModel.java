package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * What the pages of encounters show besides the encounters: the team's code lists and the
 * picker of youths.
 */
@Component
class EncounterFormModel {

	/** How many themes the encounter form shows before "more". */
	static final int USUAL_THEMES = 6;

	private final Catalog catalog;

	private final EncounterQueries queries;

	private final Youths youths;

	private final AccessLog accessLog;

	private final Clock clock;

	EncounterFormModel(Catalog catalog, EncounterQueries queries, Youths youths, AccessLog accessLog, Clock clock) {
		this.catalog = catalog;
		this.queries = queries;
		this.youths = youths;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * The team's active youths for the form's picker: a list of names, logged as one row
	 * naming them (ADR 0025), as the other modules' pickers log theirs.
	 */
	List<YouthSummary> shownYouths(CurrentUser user) {
		var active = youths.active(user);
		accessLog.listed(user, EncounterController.LIST_YOUTH_PICKER, active.stream().map(YouthSummary::id).toList());
		return active;
	}

	void addCodeLists(UUID team, Model model) {
		model.addAttribute("ageBands", catalog.active(team, CodeKind.AGE_BAND));
		model.addAttribute("genders", EncounterChecks.COUNTED_GENDERS);
		model.addAttribute("arenas", catalog.all(team, CodeKind.ARENA));
		model.addAttribute("areas", catalog.all(team, CodeKind.AREA));
		model.addAttribute("places", catalog.all(team, CodeKind.PLACE));
		model.addAttribute("themes", catalog.all(team, CodeKind.THEME));
		model.addAttribute("usualThemes", usualThemes(team));
		model.addAttribute("platforms", Platform.values());
		model.addAttribute("schools", catalog.all(team, CodeKind.SCHOOL));
		model.addAttribute("arenaLabels", catalog.labels(team, CodeKind.ARENA));
		model.addAttribute("themeLabels", catalog.labels(team, CodeKind.THEME));
		model.addAttribute("labels", labels(team));
	}

	/**
	 * The themes shown before "more": the team's most used in the last 90 days, or the
	 * first active ones while the team has logged too few (issue 15).
	 */
	private Set<String> usualThemes(UUID team) {
		var usual = new LinkedHashSet<>(
				queries.mostUsedThemes(team, LocalDate.now(clock.withZone(Oslo.ZONE)).minusDays(90), USUAL_THEMES));
		for (var theme : catalog.active(team, CodeKind.THEME)) {
			if (usual.size() >= USUAL_THEMES) {
				break;
			}
			usual.add(theme.code());
		}
		return usual;
	}

	private Map<UUID, String> labels(UUID team) {
		var labels = new HashMap<UUID, String>();
		catalog.all(team, CodeKind.AREA).forEach(c -> labels.put(c.id(), c.label()));
		labels.putAll(catalog.placeNames(team));
		return labels;
	}

}
