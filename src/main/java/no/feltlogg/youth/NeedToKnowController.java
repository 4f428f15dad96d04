package no.feltlogg.youth;

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

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;

/**
 * The reason someone outside a restricted record's contacts gives to open it (need to
 * know).
 */
@Controller
@RequestMapping("/youth/{id}/need-to-know")
class NeedToKnowController {

	private final YouthRecords records;

	NeedToKnowController(YouthRecords records) {
		this.records = records;
	}

	@GetMapping
	String initReasonForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		records.requireInTeam(user, id);
		model.addAttribute("youthId", id);
		model.addAttribute("form", new ReasonForm(""));
		return "youth/need-to-know";
	}

	@PostMapping
	String processReasonForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult result, Model model) {
		records.requireInTeam(user, id);
		if (!result.hasFieldErrors("reason") && !ReasonForm.saysSomething(form.reason())) {
			FormErrors.reject(result, "reason", "youth.needToKnow.reason.vague");
		}
		if (result.hasErrors()) {
			model.addAttribute("youthId", id);
			return "youth/need-to-know";
		}
		records.giveReason(user, id, form.reason());
		return "redirect:/youth/" + id;
	}

}
