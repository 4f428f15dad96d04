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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;

/**
 * The leader's pages for the youth's rights: erasing a registration made by mistake,
 * restricting processing.
 */
@Controller
@RequestMapping("/youth/{id}")
class YouthRightsController {

	private final YouthRights rights;

	YouthRightsController(YouthRights rights) {
		this.rights = rights;
	}

	@ModelAttribute("reasons")
	ErasureReason[] reasons() {
		return ErasureReason.values();
	}

	@GetMapping("/erase")
	String initErasureForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("check", rights.erasureCheck(user, id));
		model.addAttribute("form", ErasureForm.empty());
		return "youth/erase";
	}

	@PostMapping("/erase")
	String processErasureForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ErasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var check = rights.erasureCheck(user, id);
		if (!Boolean.TRUE.equals(form.confirmed())) {
			FormErrors.reject(result, "confirmed", "youth.erase.confirm.required");
		}
		if (result.hasErrors() || !check.erasable()) {
			model.addAttribute("check", check);
			return "youth/erase";
		}
		try {
			rights.erase(user, id, java.util.Objects.requireNonNull(form.reason()));
		}
		catch (YouthRights.TooLateToErase tooLate) {
			model.addAttribute("check", check);
			return "youth/erase";
		}
		redirect.addFlashAttribute("message", "youth.erase.done");
		return "redirect:/youth";
	}

	@GetMapping("/restriction")
	String initRestrictionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("youth", rights.forRestriction(user, id));
		model.addAttribute("form", new RestrictionForm(""));
		return "youth/restriction";
	}

	@PostMapping("/restriction")
	String processRestrictionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") RestrictionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("reason") && !ReasonForm.saysSomething(form.reason())) {
			FormErrors.reject(result, "reason", "youth.restriction.reason.vague");
		}
		if (result.hasErrors()) {
			model.addAttribute("youth", rights.forRestriction(user, id));
			return "youth/restriction";
		}
		rights.restrict(user, id, form.reason());
		redirect.addFlashAttribute("message", "youth.restriction.placed");
		return "redirect:/youth/" + id;
	}

	@PostMapping("/restriction/lift")
	String lift(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		rights.lift(user, id);
		redirect.addFlashAttribute("message", "youth.restriction.lifted");
		return "redirect:/youth/" + id;
	}

}
