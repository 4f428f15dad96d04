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
import no.feltlogg.shared.NotFoundException;

/** A youth's concern criteria: one noted, one ended. */
@Controller
@RequestMapping("/youth/{id}/concerns")
class ConcernController {

	private final YouthRecords records;

	private final Clock clock;

	ConcernController(YouthRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@GetMapping("/new")
	String initConcernForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("form", new ConcernForm(null, YouthFormChecks.today(clock), ""));
		return concernForm(user, id, model);
	}

	@PostMapping("/new")
	String processConcernForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ConcernForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		YouthFormChecks.notNotedYet(form.criterion(), youth.getConcerns(), result);
		var on = YouthFormChecks.pastOrToday(form.notedOn(), "notedOn", YouthFormChecks.today(clock), result);
		if (result.hasErrors() || on == null || form.criterion() == null) {
			return concernForm(user, id, model);
		}
		records.noteConcern(user, id, form.criterion(), on, form.note());
		redirect.addFlashAttribute("message", "youth.concern.saved");
		return "redirect:/youth/" + id;
	}

	@PostMapping("/{concernId}/end")
	String endConcern(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID concernId,
			RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		var concern = youth.getConcerns()
			.stream()
			.filter(c -> c.getId().equals(concernId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Concern"));
		if (concern.isCurrent()) {
			records.endConcern(user, id, concernId,
					YouthFormChecks.concernEndsOn(concern.getNotedOn(), YouthFormChecks.today(clock)));
			redirect.addFlashAttribute("message", "youth.concern.ended");
		}
		return "redirect:/youth/" + id;
	}

	private String concernForm(CurrentUser user, UUID id, Model model) {
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("criteria", ConcernCriterion.values());
		return "youth/concern";
	}

}
