package no.feltlogg.sltplan;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.NotFoundException;

/** The SLT coordinator's action plan pages: the plan, its measures and its SLT areas. */
@Controller
@RequestMapping("/slt/plan")
class SltPlanController {

	private final SltPlan plan;

	SltPlanController(SltPlan plan) {
		this.plan = plan;
	}

	@GetMapping
	String plan(@AuthenticationPrincipal CurrentUser slt, Model model) {
		var areas = plan.areas(slt);
		model.addAttribute("areas", areas);
		model.addAttribute("measures", plan.measures(slt, null));
		model.addAttribute("areaNames", names(areas));
		model.addAttribute("choices", plan.areaChoices(slt));
		return "sltplan/plan";
	}

	@GetMapping("/measures/new")
	String newMeasure(@AuthenticationPrincipal CurrentUser slt, Model model) {
		model.addAttribute("form", MeasureForm.empty());
		return measureForm(slt, null, model);
	}

	@PostMapping("/measures/new")
	String createMeasure(@AuthenticationPrincipal CurrentUser slt, @Valid @ModelAttribute("form") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return saveMeasure(slt, null, form, result, model, redirect);
	}

	@GetMapping("/measures/{id}")
	String editMeasure(@AuthenticationPrincipal CurrentUser slt, @PathVariable UUID id, Model model) {
		var m = plan.measure(slt, id).orElseThrow(() -> new NotFoundException("Measure"));
		model.addAttribute("form", new MeasureForm(m.name(), m.targetGroup(), m.responsibleUnit(), m.startsOn(),
				m.endsOn(), m.status(), m.areaIds()));
		return measureForm(slt, id, model);
	}

	@PostMapping("/measures/{id}")
	String updateMeasure(@AuthenticationPrincipal CurrentUser slt, @PathVariable UUID id,
			@Valid @ModelAttribute("form") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		plan.measure(slt, id).orElseThrow(() -> new NotFoundException("Measure"));
		return saveMeasure(slt, id, form, result, model, redirect);
	}

	@PostMapping("/measures/{id}/delete")
	String deleteMeasure(@AuthenticationPrincipal CurrentUser slt, @PathVariable UUID id, RedirectAttributes redirect) {
		plan.deleteMeasure(slt, id);
		redirect.addFlashAttribute("message", "sltplan.measure.deleted");
		return "redirect:/slt/plan";
	}

	@GetMapping("/areas/new")
	String newArea(@AuthenticationPrincipal CurrentUser slt, Model model) {
		model.addAttribute("form", new AreaForm("", null));
		return areaForm(slt, null, model);
	}

	@PostMapping("/areas/new")
	String createArea(@AuthenticationPrincipal CurrentUser slt, @Valid @ModelAttribute("form") AreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return saveArea(slt, null, form, result, model, redirect);
	}

	@GetMapping("/areas/{id}")
	String editArea(@AuthenticationPrincipal CurrentUser slt, @PathVariable UUID id, Model model) {
		var area = plan.area(slt, id).orElseThrow(() -> new NotFoundException("SLT area"));
		model.addAttribute("form", new AreaForm(area.name(), area.areaNames()));
		return areaForm(slt, id, model);
	}

	@PostMapping("/areas/{id}")
	String updateArea(@AuthenticationPrincipal CurrentUser slt, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		plan.area(slt, id).orElseThrow(() -> new NotFoundException("SLT area"));
		return saveArea(slt, id, form, result, model, redirect);
	}

	@PostMapping("/areas/{id}/delete")
	String deleteArea(@AuthenticationPrincipal CurrentUser slt, @PathVariable UUID id, RedirectAttributes redirect) {
		plan.deleteArea(slt, id);
		redirect.addFlashAttribute("message", "sltplan.area.deleted");
		return "redirect:/slt/plan";
	}

	private String saveMeasure(CurrentUser slt, @Nullable UUID id, MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var starts = form.startsOn();
		var ends = form.endsOn();
		if (starts == null && !result.hasFieldErrors("startsOn")) {
			FormErrors.reject(result, "startsOn", "sltplan.measure.date.invalid");
		}
		if (starts != null && ends != null && ends.isBefore(starts)) {
			FormErrors.reject(result, "endsOn", "sltplan.measure.endsBeforeStart");
		}
		if (result.hasErrors() || form.status() == null) {
			return measureForm(slt, id, model);
		}
		plan.saveMeasure(slt, id, new SltPlan.MeasureData(form.name(), form.targetGroup(), form.responsibleUnit(),
				starts, ends, form.status(), form.areas()));
		redirect.addFlashAttribute("message", "sltplan.measure.saved");
		return "redirect:/slt/plan";
	}

	private String saveArea(CurrentUser slt, @Nullable UUID id, AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && plan.areaNameTaken(slt, form.name(), id)) {
			FormErrors.reject(result, "name", "sltplan.area.taken");
		}
		if (result.hasErrors()) {
			return areaForm(slt, id, model);
		}
		plan.saveArea(slt, id, form.name(), form.names());
		redirect.addFlashAttribute("message", "sltplan.area.saved");
		return "redirect:/slt/plan";
	}

	private String measureForm(CurrentUser slt, @Nullable UUID id, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("areas", plan.areas(slt));
		model.addAttribute("statuses", MeasureStatus.values());
		return "sltplan/measure-form";
	}

	private String areaForm(CurrentUser slt, @Nullable UUID id, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("choices", plan.areaChoices(slt));
		return "sltplan/area-form";
	}

	private static java.util.Map<UUID, String> names(java.util.List<SltArea> areas) {
		var names = new java.util.HashMap<UUID, String>();
		areas.forEach(a -> names.put(a.id(), a.name()));
		return names;
	}

}
