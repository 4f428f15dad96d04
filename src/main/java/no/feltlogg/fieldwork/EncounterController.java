package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.team.Teams;

/**
 * Logging encounters from a phone, and the team's list of them; one encounter's page is
 * {@link EncounterEditController}. The new-encounter page binds whatever parameters it is
 * given, so a form replayed after signing in again comes back as it was typed.
 */
@Controller
@RequestMapping("/fieldwork/encounters")
class EncounterController {

	/** The picker of youths met on the encounter forms, a list of names (ADR 0025). */
	static final String LIST_YOUTH_PICKER = "fieldwork.list.youthPicker";

	private final Encounters encounters;

	private final EncounterChecks checks;

	private final EncounterQueries queries;

	private final EncounterFormModel formModel;

	private final Shifts shifts;

	private final Catalog catalog;

	private final Teams teams;

	private final EncounterRepository repository;

	private final Clock clock;

	EncounterController(Encounters encounters, EncounterChecks checks, EncounterQueries queries,
			EncounterFormModel formModel, Shifts shifts, Catalog catalog, Teams teams, EncounterRepository repository,
			Clock clock) {
		this.encounters = encounters;
		this.checks = checks;
		this.queries = queries;
		this.formModel = formModel;
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
		var effective = filter.withPeriodDefaults(LocalDate.now(clock.withZone(Oslo.ZONE)));
		model.addAttribute("filter", effective);
		model.addAttribute("rows", queries.list(team, effective));
		model.addAttribute("totals", queries.totals(team, effective));
		model.addAttribute("limit", EncounterQueries.LIST_LIMIT);
		model.addAttribute("staff", teams.staffNames(team));
		formModel.addCodeLists(team, model);
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

	private EncounterForm defaults(CurrentUser worker) {
		var team = worker.requireTeamId();
		var now = LocalDateTime.now(clock.withZone(Oslo.ZONE)).withSecond(0).withNano(0);
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
	 * A value that could not be read (a time of 25:99) leaves Spring's model without the
	 * form, although the record was made with everything else: put it back, so that the
	 * tally and the themes are shown as typed (issue 15).
	 */
	private String formPage(CurrentUser worker, Model model) {
		formModel.addCodeLists(worker.requireTeamId(), model);
		model.addAttribute("last", queries.lastOf(worker.requireTeamId(), worker.accountId()).orElse(null));
		model.addAttribute("youths", formModel.shownYouths(worker));
		model.addAttribute("shift", shifts.open(worker).orElse(null));
		return "fieldwork/encounter-form";
	}

}
