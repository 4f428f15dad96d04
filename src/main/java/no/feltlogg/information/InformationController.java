package no.feltlogg.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;

/**
 * Information work: the team's list, logging an event from the phone, and changing one.
 */
@Controller
@RequestMapping("/information")
class InformationController {

	private final InformationWork work;

	private final InformationChecks checks;

	private final Catalog catalog;

	private final Clock clock;

	InformationController(InformationWork work, InformationChecks checks, Catalog catalog, Clock clock) {
		this.work = work;
		this.checks = checks;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		var today = today();
		var team = user.requireTeamId();
		model.addAttribute("rows", work.list(user, today.minusYears(1), today));
		var labels = new HashMap<String, String>();
		catalog.all(team, CodeKind.SCHOOL).forEach(s -> labels.put(s.id().toString(), s.label()));
		model.addAttribute("schoolLabels", labels);
		model.addAttribute("themeLabels", catalog.labels(team, CodeKind.THEME));
		return "information/list";
	}

	@GetMapping("/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", InformationForm.newOne(today(), user.accountId()));
		return formPage(user, model, null);
	}

	@PostMapping("/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") InformationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(user, form, result);
		if (result.hasErrors()) {
			return formPage(user, model, null);
		}
		work.log(user, form.details());
		redirect.addFlashAttribute("message", "information.saved");
		return "redirect:/information";
	}

	@GetMapping("/{informationId}")
	String initEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID informationId, Model model) {
		model.addAttribute("form",
				InformationForm.of(work.details(user, informationId), work.version(user, informationId)));
		return formPage(user, model, informationId);
	}

	@PostMapping("/{informationId}")
	String processEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID informationId,
			@Valid @ModelAttribute("form") InformationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		work.version(user, informationId); // another team's event is not found, whatever
											// the form says
		check(user, form, result);
		if (result.hasErrors()) {
			return formPage(user, model, informationId);
		}
		work.change(user, informationId, form.version(), form.details());
		redirect.addFlashAttribute("message", "information.saved");
		return "redirect:/information";
	}

	private void check(CurrentUser user, InformationForm form, BindingResult result) {
		if (form.date() == null || form.kind() == null || form.led() == null || result.hasErrors()) {
			if (form.reached() <= 0 && !result.hasFieldErrors("pupils")) {
				FormErrors.reject(result, "pupils", "information.error.reached");
			}
			return;
		}
		for (var problem : checks.problems(user.requireTeamId(), form.details())) {
			if (!result.hasFieldErrors(problem.field())) {
				FormErrors.reject(result, problem.field(), problem.key());
			}
		}
	}

	private String formPage(CurrentUser user, Model model, @org.jspecify.annotations.Nullable UUID id) {
		var team = user.requireTeamId();
		model.addAttribute("id", id);
		model.addAttribute("kinds", InformationKind.values());
		model.addAttribute("schools", catalog.all(team, CodeKind.SCHOOL));
		model.addAttribute("themes", catalog.all(team, CodeKind.THEME));
		model.addAttribute("staff", checks.staff(team));
		return "information/form";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

}
