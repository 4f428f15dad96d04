package no.feltlogg.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.IdentifyingText;
import no.feltlogg.shared.Oslo;

/**
 * Anonymous guidance and guidance to parents: a list of the latest, and a form of a few
 * taps each.
 */
@Controller
@RequestMapping("/referrals")
class GuidanceController {

	private final Guidance guidance;

	private final Catalog catalog;

	private final Clock clock;

	GuidanceController(Guidance guidance, Catalog catalog, Clock clock) {
		this.guidance = guidance;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/guidance")
	String anonymous(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("guidance", guidance.latestAnonymous(user));
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "referrals/guidance";
	}

	@GetMapping("/guidance/new")
	String initAnonymousForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", AnonymousGuidanceForm.empty(today()));
		return anonymousForm(user, model);
	}

	@PostMapping("/guidance/new")
	String processAnonymousForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") AnonymousGuidanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var on = pastOrToday(form.guidedOn(), "guidedOn", result);
		if (form.serviceId() != null && catalog.activeServices(user.requireTeamId())
			.stream()
			.noneMatch(s -> s.id().equals(form.serviceId()))) {
			FormErrors.reject(result, "serviceId", "referrals.service.unknown");
		}
		IdentifyingText.problem(form.note()).ifPresent(key -> FormErrors.reject(result, "note", key));
		if (result.hasErrors()) {
			return anonymousForm(user, model);
		}
		guidance.recordAnonymous(user, form.serviceId(), themes(user, form.themes()), on, form.note());
		redirect.addFlashAttribute("message", "referrals.guidance.saved");
		return "redirect:/referrals/guidance";
	}

	@GetMapping("/parents")
	String parents(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("guidance", guidance.latestForParents(user));
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "referrals/parents";
	}

	@GetMapping("/parents/new")
	String initParentForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", ParentGuidanceForm.empty(today()));
		return parentForm(user, model);
	}

	@PostMapping("/parents/new")
	String processParentForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") ParentGuidanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var on = pastOrToday(form.guidedOn(), "guidedOn", result);
		IdentifyingText.problem(form.note()).ifPresent(key -> FormErrors.reject(result, "note", key));
		if (result.hasErrors()) {
			return parentForm(user, model);
		}
		guidance.recordForParents(user, form.channel(), themes(user, form.themes()), on, form.note());
		redirect.addFlashAttribute("message", "referrals.parents.saved");
		return "redirect:/referrals/parents";
	}

	private String anonymousForm(CurrentUser user, Model model) {
		model.addAttribute("services", catalog.activeServices(user.requireTeamId()));
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		return "referrals/guidance-form";
	}

	private String parentForm(CurrentUser user, Model model) {
		model.addAttribute("channels", ParentChannel.values());
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		return "referrals/parents-form";
	}

	/** The day of the guidance, refused at its field when it lies after today. */
	private @Nullable LocalDate pastOrToday(@Nullable LocalDate date, String field, BindingResult result) {
		if (!result.hasFieldErrors(field) && (date == null || date.isAfter(today()))) {
			FormErrors.reject(result, field, "referrals.date.pastOrToday");
		}
		return date;
	}

	private List<String> themes(CurrentUser user, @Nullable List<String> chosen) {
		return catalog.known(user.requireTeamId(), CodeKind.THEME, chosen);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

}
