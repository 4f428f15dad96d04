package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * Logging encounters from a phone, the team's list of them, and changing or deleting one. The new-encounter page
 * binds whatever parameters it is given, so a form replayed after signing in again comes back as it was typed.
 */
@Controller
@RequestMapping("/fieldwork/encounters")
class EncounterController {

	/** The picker of youths met on the encounter forms, a list of names (ADR 0025). */
	static final String LIST_YOUTH_PICKER = "fieldwork.list.youthPicker";

	/** How many themes the encounter form shows before "more". */
	static final int USUAL_THEMES = 6;

	private final Encounters encounters;

	private final EncounterChecks checks;

	private final EncounterQueries queries;

	private final Shifts shifts;

	private final Catalog catalog;

	private final Teams teams;

	private final EncounterRepository repository;

	private final Clock clock;

	private final Youths youths;

	private final AccessLog accessLog;

	EncounterController(Encounters encounters, EncounterChecks checks, EncounterQueries queries, Shifts shifts,
			Catalog catalog, Teams teams, EncounterRepository repository, Clock clock, Youths youths,
			AccessLog accessLog) {
		this.youths = youths;
		this.accessLog = accessLog;
		this.encounters = encounters;
		this.checks = checks;
		this.queries = queries;
		this.shifts = shifts;
		this.catalog = catalog;
		this.teams = teams;
		this.repository = repository;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") EncounterFilter filter,
			Model model) {
		var team = user.requireTeamId();
		var effective = filter.withPeriodDefaults(LocalDateTime.now(clock).toLocalDate());
		model.addAttribute("filter", effective);
		model.addAttribute("rows", queries.list(team, effective));
		model.addAttribute("totals", queries.totals(team, effective));
		model.addAttribute("limit", EncounterQueries.LIST_LIMIT);
		model.addAttribute("staff", teams.staffNames(team));
		addCodeLists(team, model);
		return "fieldwork/encounters";
	}

	@GetMapping("/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser worker, @ModelAttribute("form") EncounterForm form,
			Model model) {
		model.addAttribute("form", form.withDefaults(defaults(worker)));
		return formPage(worker, model);
	}

	@PostMapping("/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser worker,
			@Valid @ModelAttribute("form") EncounterForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var shift = shifts.open(worker).map(Shift::getId).orElse(null);
		var details = checks.check(worker, form, shift, result);
		if (details.isEmpty()) {
			return formPage(worker, model);
		}
		encounters.log(worker, details.get());
		int youths = details.get().counts().stream().mapToInt(TallyCell::count).sum() + details.get().youths().size();
		redirect.addFlashAttribute("message", "fieldwork.encounter.logged");
		redirect.addFlashAttribute("messageArg", youths);
		return "redirect:/";
	}

	@GetMapping("/{id}")
	String initEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var encounter = encounters.open(user, id);
		var details = encounter.details();
		var local = no.feltlogg.shared.Oslo.local(details.occurredAt());
		Map<String, String> counts = details.counts()
			.stream()
			.collect(Collectors.toMap(c -> c.gender() + ":" + c.ageBand(), c -> String.valueOf(c.count())));
		model.addAttribute("form", new EncounterForm(local.toLocalDate(), local.toLocalTime().withSecond(0).withNano(0),
				details.arenaCode(), details.areaId(), details.placeId(), details.platform(), counts, details.themes(),
				details.note(), details.youths().stream().map(MetYouth::youthId).toList(), details.schoolId(),
				encounter.getVersion()));
		return editPage(user, encounter, model);
	}

	@PostMapping("/{id}")
	String processEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EncounterForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var encounter = encounters.get(user, id);
		var details = checks.check(user, form, encounter.details().shiftId(), result);
		if (details.isEmpty() || form.version() == null) {
			return editPage(user, encounter, model);
		}
		encounters.change(user, id, form.version(), details.get());
		redirect.addFlashAttribute("message", "fieldwork.encounter.saved");
		return "redirect:/fieldwork/encounters";
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		encounters.delete(user, id);
		redirect.addFlashAttribute("message", "fieldwork.encounter.deleted");
		return "redirect:/fieldwork/encounters";
	}

	private EncounterForm defaults(CurrentUser worker) {
		var team = worker.requireTeamId();
		var now = LocalDateTime.now(clock).withSecond(0).withNano(0);
		var shift = shifts.open(worker);
		var arena = shift.map(Shift::getArenaCode).orElse("street");
		var area = shift.flatMap(s -> s.getAreas().stream().findFirst()).orElse(null);
		var place = repository.lastPlaceUsedBy(team, worker.accountId())
			.flatMap(p -> catalog.find(team, p))
			.filter(p -> !p.retired() && (area == null || area.equals(p.areaId())))
			.map(CodeItem::id)
			.orElse(null);
		return new EncounterForm(now.toLocalDate(), now.toLocalTime(), arena, area, place, null, Map.of(), List.of(),
				null, List.of(), null, null);
	}

	/**
	 * A value that could not be read (a time of 25:99) leaves Spring's model without the form, although the record was
	 * made with everything else: put it back, so that the tally and the themes are shown as typed (issue 15).
	 */
	private String formPage(CurrentUser worker, Model model) {
		addCodeLists(worker.requireTeamId(), model);
		model.addAttribute("last", queries.lastOf(worker.requireTeamId(), worker.accountId()).orElse(null));
		model.addAttribute("youths", shownYouths(worker));
		model.addAttribute("shift", shifts.open(worker).orElse(null));
		return "fieldwork/encounter-form";
	}

	/** The team's active youths for the form's picker: a list of names, logged as one row naming them (ADR 0025). */
	private List<YouthSummary> shownYouths(CurrentUser user) {
		var active = youths.active(user);
		accessLog.listed(user, LIST_YOUTH_PICKER, active.stream().map(YouthSummary::id).toList());
		return active;
	}

	private String editPage(CurrentUser user, Encounter encounter, Model model) {
		addCodeLists(user.requireTeamId(), model);
		model.addAttribute("youths", shownYouths(user));
		model.addAttribute("encounter", encounter);
		model.addAttribute("mayChange", encounters.mayChange(user, encounter));
		model.addAttribute("history", encounters.history(user, encounter.getId()));
		model.addAttribute("staff", teams.staffNames(user.requireTeamId()));
		return "fieldwork/encounter-edit";
	}

	private void addCodeLists(java.util.UUID team, Model model) {
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
	 * The themes shown before "more": the team's most used in the last 90 days, or the first active ones while the team
	 * has logged too few (issue 15).
	 */
	private java.util.Set<String> usualThemes(UUID team) {
		var usual = new java.util.LinkedHashSet<>(queries.mostUsedThemes(team,
				java.time.LocalDate.now(clock.withZone(no.feltlogg.shared.Oslo.ZONE)).minusDays(90), USUAL_THEMES));
		for (var theme : catalog.active(team, CodeKind.THEME)) {
			if (usual.size() >= USUAL_THEMES) {
				break;
			}
			usual.add(theme.code());
		}
		return usual;
	}

	private Map<UUID, String> labels(UUID team) {
		var labels = new java.util.HashMap<UUID, String>();
		catalog.all(team, CodeKind.AREA).forEach(c -> labels.put(c.id(), c.label()));
		labels.putAll(catalog.placeNames(team));
		return labels;
	}

}
