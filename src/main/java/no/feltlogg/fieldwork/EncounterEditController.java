package no.feltlogg.fieldwork;

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

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.team.Teams;

/** One encounter of the team: its page with its history, changing it, and deleting it. */
@Controller
@RequestMapping("/fieldwork/encounters/{id}")
class EncounterEditController {

	private final Encounters encounters;

	private final EncounterChecks checks;

	private final EncounterFormModel formModel;

	private final Teams teams;

	EncounterEditController(Encounters encounters, EncounterChecks checks, EncounterFormModel formModel, Teams teams) {
		this.encounters = encounters;
		this.checks = checks;
		this.formModel = formModel;
		this.teams = teams;
	}

	@GetMapping
	String initEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var encounter = encounters.open(user, id);
		var details = encounter.details();
		var local = Oslo.local(details.occurredAt());
		Map<String, String> counts = details.counts()
			.stream()
			.collect(Collectors.toMap(c -> c.gender() + ":" + c.ageBand(), c -> String.valueOf(c.count())));
		model.addAttribute("form",
				new EncounterForm(local.toLocalDate(), local.toLocalTime().withSecond(0).withNano(0),
						details.arenaCode(), details.areaId(), details.placeId(), details.platform(), counts,
						details.themes(), details.note(), details.youths().stream().map(MetYouth::youthId).toList(),
						details.schoolId(), encounter.getVersion()));
		return editPage(user, encounter, model);
	}

	@PostMapping
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

	@PostMapping("/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		encounters.delete(user, id);
		redirect.addFlashAttribute("message", "fieldwork.encounter.deleted");
		return "redirect:/fieldwork/encounters";
	}

	private String editPage(CurrentUser user, Encounter encounter, Model model) {
		formModel.addCodeLists(user.requireTeamId(), model);
		model.addAttribute("youths", formModel.shownYouths(user));
		model.addAttribute("encounter", encounter);
		model.addAttribute("mayChange", encounters.mayChange(user, encounter));
		model.addAttribute("history", encounters.history(user, encounter.getId()));
		model.addAttribute("staff", teams.staffNames(user.requireTeamId()));
		return "fieldwork/encounter-edit";
	}

}
