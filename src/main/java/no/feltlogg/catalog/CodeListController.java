package no.feltlogg.catalog;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.SchoolLevel;

/**
 * The leader's pages for the team's code lists: one list per kind, add, rename, retire
 * and reinstate.
 */
@Controller
@RequestMapping("/team/codes")
class CodeListController {

	private final Catalog catalog;

	private final CodeListAdministration administration;

	CodeListController(Catalog catalog, CodeListAdministration administration) {
		this.catalog = catalog;
		this.administration = administration;
	}

	@ModelAttribute("kinds")
	CodeKind[] kinds() {
		return CodeKind.values();
	}

	@ModelAttribute("schoolLevels")
	SchoolLevel[] schoolLevels() {
		return SchoolLevel.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser leader, @RequestParam(defaultValue = "AREA") CodeKind kind,
			Model model) {
		model.addAttribute("form", CodeForm.empty());
		return listPage(leader, kind, model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser leader, @RequestParam CodeKind kind,
			@Valid @ModelAttribute("form") CodeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var team = leader.requireTeamId();
		checkKindFields(team, kind, form, result, null);
		if (result.hasErrors()) {
			return listPage(leader, kind, model);
		}
		administration.add(team, kind, form);
		redirect.addFlashAttribute("message", "catalog.code.added");
		return "redirect:/team/codes?kind=" + kind;
	}

	@GetMapping("/{id}")
	String initEditForm(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id, Model model) {
		var code = administration.code(leader.requireTeamId(), id);
		model.addAttribute("form", CodeForm.of(code.toItem(), code.getVersion()));
		return editPage(leader, code.toItem(), model);
	}

	@PostMapping("/{id}")
	String processEditForm(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id,
			@Valid @ModelAttribute("form") CodeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var team = leader.requireTeamId();
		var item = administration.code(team, id).toItem();
		checkKindFields(team, item.kind(), form, result, id);
		if (result.hasErrors()) {
			return editPage(leader, item, model);
		}
		var kind = administration.update(team, id, form);
		redirect.addFlashAttribute("message", "catalog.code.saved");
		return "redirect:/team/codes?kind=" + kind;
	}

	@PostMapping("/{id}/retire")
	String retire(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id, RedirectAttributes redirect) {
		var kind = administration.setRetired(leader.requireTeamId(), id, true);
		redirect.addFlashAttribute("message", "catalog.code.retired");
		return "redirect:/team/codes?kind=" + kind;
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id, RedirectAttributes redirect) {
		var kind = administration.setRetired(leader.requireTeamId(), id, false);
		redirect.addFlashAttribute("message", "catalog.code.reinstated");
		return "redirect:/team/codes?kind=" + kind;
	}

	private String listPage(CurrentUser leader, CodeKind kind, Model model) {
		var team = leader.requireTeamId();
		model.addAttribute("kind", kind);
		model.addAttribute("codes", catalog.all(team, kind));
		model.addAttribute("areas", catalog.all(team, CodeKind.AREA));
		return "catalog/codes";
	}

	private String editPage(CurrentUser leader, CodeItem item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("kind", item.kind());
		model.addAttribute("areas", catalog.all(leader.requireTeamId(), CodeKind.AREA));
		return "catalog/code-edit";
	}

	private void checkKindFields(UUID team, CodeKind kind, CodeForm form, BindingResult result, @Nullable UUID self) {
		if (!result.hasFieldErrors("label") && administration.labelTaken(team, kind, form.label(),
				self == null ? new UUID(0, 0) : self, self == null ? form.areaId() : null)) {
			FormErrors.reject(result, "label", "catalog.code.labelTaken");
		}
		switch (kind) {
			case PLACE -> {
				if (self == null && (form.areaId() == null
						|| catalog.find(team, form.areaId()).filter(a -> a.kind() == CodeKind.AREA).isEmpty())) {
					FormErrors.reject(result, "areaId", "catalog.code.areaRequired");
				}
			}
			case SCHOOL -> {
				if (self == null && form.schoolLevel() == null) {
					FormErrors.reject(result, "schoolLevel", "catalog.code.levelRequired");
				}
			}
			case AGE_BAND -> {
				if (form.minAge() == null && form.maxAge() == null) {
					FormErrors.reject(result, "minAge", "catalog.code.agesRequired");
				}
				else if (form.minAge() != null && form.maxAge() != null && form.minAge() > form.maxAge()) {
					FormErrors.reject(result, "maxAge", "catalog.code.agesOrder");
				}
			}
			case TIME_OF_DAY -> {
				if (form.startHour() == null) {
					FormErrors.reject(result, "startHour", "catalog.code.hoursRequired");
				}
				if (form.endHour() == null) {
					FormErrors.reject(result, "endHour", "catalog.code.hoursRequired");
				}
			}
			default -> {
			}
		}
	}

}
