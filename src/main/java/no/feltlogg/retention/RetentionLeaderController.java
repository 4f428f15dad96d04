package no.feltlogg.retention;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;

/**
 * The leader's page: what will be anonymised within 30 days, and legal holds placed and
 * lifted.
 */
@Controller
@RequestMapping("/team/retention")
@PreAuthorize("hasRole('LEADER')")
class RetentionLeaderController {

	private final Retention retention;

	RetentionLeaderController(Retention retention) {
		this.retention = retention;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser leader, Model model) {
		model.addAttribute("hold", HoldForm.empty());
		model.addAttribute("lift", HoldForm.empty());
		return show(leader, model);
	}

	@PostMapping("/hold")
	String hold(@AuthenticationPrincipal CurrentUser leader, @Valid @ModelAttribute("hold") HoldForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				retention.hold(leader, form.youthId(), form.reason());
				redirect.addFlashAttribute("message", "retention.hold.placed");
				return "redirect:/team/retention";
			}
			catch (IllegalStateException ex) {
				FormErrors.reject(result, "youthId", "retention.hold.already");
			}
		}
		model.addAttribute("lift", HoldForm.empty());
		return show(leader, model);
	}

	@PostMapping("/lift")
	String lift(@AuthenticationPrincipal CurrentUser leader, @Valid @ModelAttribute("lift") HoldForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("hold", HoldForm.empty());
			return show(leader, model);
		}
		retention.lift(leader, form.youthId(), form.reason());
		redirect.addFlashAttribute("message", "retention.hold.lifted");
		return "redirect:/team/retention";
	}

	private String show(CurrentUser leader, Model model) {
		var due = retention.due(leader);
		model.addAttribute("due", due);
		model.addAttribute("window", Retention.DUE_WINDOW_DAYS);
		return "retention/leader";
	}

}
