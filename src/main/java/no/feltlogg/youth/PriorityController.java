package no.feltlogg.youth;

import java.time.Clock;
import java.util.UUID;

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

/** A change of a youth's priority level, with the day and the reason. */
@Controller
@RequestMapping("/youth/{id}/priority")
class PriorityController {

	private final YouthRecords records;

	private final Clock clock;

	PriorityController(YouthRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@GetMapping
	String initPriorityForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var youth = records.forEditing(user, id);
		model.addAttribute("form", new PriorityForm(null, YouthFormChecks.today(clock), "", youth.getVersion()));
		return priorityForm(user, id, model);
	}

	@PostMapping
	String processPriorityForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") PriorityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		YouthFormChecks.levelChanges(form.level(), youth.getPriority(), result);
		var date = YouthFormChecks.pastOrToday(form.date(), "date", YouthFormChecks.today(clock), result);
		if (result.hasErrors() || date == null || form.level() == null) {
			return priorityForm(user, id, model);
		}
		records.changePriority(user, id, form.version() == null ? -1 : form.version(), form.level(), date,
				form.reason());
		redirect.addFlashAttribute("message", "youth.priority.changed");
		return "redirect:/youth/" + id;
	}

	private String priorityForm(CurrentUser user, UUID id, Model model) {
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("levels", PriorityLevel.values());
		return "youth/priority";
	}

}
