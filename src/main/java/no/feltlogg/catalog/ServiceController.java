package no.feltlogg.catalog;

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
 * The leader's pages for the team's directory of services that youths are referred to.
 */
@Controller
@RequestMapping("/team/services")
class ServiceController {

	private static final UUID NONE = new UUID(0, 0);

	private final Catalog catalog;

	private final CodeListAdministration administration;

	ServiceController(Catalog catalog, CodeListAdministration administration) {
		this.catalog = catalog;
		this.administration = administration;
	}

	@ModelAttribute("serviceKinds")
	ServiceKind[] serviceKinds() {
		return ServiceKind.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser leader, Model model) {
		model.addAttribute("services", catalog.services(leader.requireTeamId()));
		return "catalog/services";
	}

	@GetMapping("/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", ServiceForm.empty());
		return "catalog/service-form";
	}

	@PostMapping("/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser leader,
			@Valid @ModelAttribute("form") ServiceForm form, BindingResult result, RedirectAttributes redirect) {
		check(leader, form, result, NONE);
		if (result.hasErrors()) {
			return "catalog/service-form";
		}
		administration.addService(leader.requireTeamId(), form);
		redirect.addFlashAttribute("message", "catalog.service.saved");
		return "redirect:/team/services";
	}

	@GetMapping("/{id}")
	String initEditForm(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id, Model model) {
		var service = administration.service(leader.requireTeamId(), id);
		model.addAttribute("serviceId", id);
		model.addAttribute("form", ServiceForm.of(service.toInfo(), service.getVersion()));
		return "catalog/service-form";
	}

	@PostMapping("/{id}")
	String processEditForm(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ServiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		administration.service(leader.requireTeamId(), id);
		check(leader, form, result, id);
		if (result.hasErrors()) {
			model.addAttribute("serviceId", id);
			return "catalog/service-form";
		}
		administration.updateService(leader.requireTeamId(), id, form);
		redirect.addFlashAttribute("message", "catalog.service.saved");
		return "redirect:/team/services";
	}

	@PostMapping("/{id}/retire")
	String retire(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.setServiceRetired(leader.requireTeamId(), id, true);
		redirect.addFlashAttribute("message", "catalog.service.retired");
		return "redirect:/team/services";
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.setServiceRetired(leader.requireTeamId(), id, false);
		redirect.addFlashAttribute("message", "catalog.service.reinstated");
		return "redirect:/team/services";
	}

	private void check(CurrentUser leader, ServiceForm form, BindingResult result, UUID self) {
		if (!result.hasFieldErrors("name")
				&& administration.serviceNameTaken(leader.requireTeamId(), form.name(), self)) {
			FormErrors.reject(result, "name", "catalog.service.nameTaken");
		}
		if (form.minAge() != null && form.maxAge() != null && form.minAge() > form.maxAge()) {
			FormErrors.reject(result, "maxAge", "catalog.code.agesOrder");
		}
	}

}
