package no.feltlogg.retention;

import java.util.Map;

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
 * The administrator's retention page: the rules with their reasons, the archive folder,
 * the runs, "run now".
 */
@Controller
@RequestMapping("/admin/retention")
@PreAuthorize("hasRole('ADMIN')")
class RetentionAdminController {

	private final RetentionRules rules;

	private final Retention retention;

	RetentionAdminController(RetentionRules rules, Retention retention) {
		this.rules = rules;
		this.retention = retention;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser admin, Model model) {
		var current = rules.rules(admin.municipalityId());
		model.addAttribute("form", RulesForm.of(current, rules.archiveFolder(admin.municipalityId())));
		return show(admin, model);
	}

	@PostMapping("/rules")
	String confirm(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") RulesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.getTarget() != null && !result.hasFieldErrors("archiveFolder") && form.archives()
				&& (form.archiveFolder() == null || form.archiveFolder().isBlank())) {
			FormErrors.reject(result, "archiveFolder", "retention.folder.required");
		}
		if (result.hasErrors()) {
			return show(admin, model);
		}
		rules.setArchiveFolder(admin.municipalityId(), form.archiveFolder());
		rules.confirm(admin.municipalityId(), admin.accountId(), form.months(),
				Map.of(RuleKind.YOUTH_RECORD, form.archives()));
		redirect.addFlashAttribute("message", "retention.rules.confirmed");
		return "redirect:/admin/retention";
	}

	@PostMapping("/run")
	String run(@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		var outcome = retention.runNow(admin);
		redirect.addFlashAttribute("message", outcome == null ? "retention.run.busy"
				: outcome.succeeded() ? "retention.run.done" : "retention.run.failed");
		return "redirect:/admin/retention";
	}

	private String show(CurrentUser admin, Model model) {
		model.addAttribute("rules", rules.rules(admin.municipalityId()));
		model.addAttribute("runs", retention.runs(admin));
		model.addAttribute("status", retention.status(admin));
		return "retention/admin";
	}

}
