package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
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
import no.feltlogg.team.Teams;

/**
 * Starting a shift with one tap, ending it, describing it, and the worker's list of
 * shifts.
 */
@Controller
@RequestMapping("/fieldwork/shifts")
class ShiftController {

	private final Shifts shifts;

	private final Catalog catalog;

	private final Teams teams;

	private final Clock clock;

	ShiftController(Shifts shifts, Catalog catalog, Teams teams, Clock clock) {
		this.shifts = shifts;
		this.catalog = catalog;
		this.teams = teams;
		this.clock = clock;
	}

	@PostMapping("/start")
	String start(@AuthenticationPrincipal CurrentUser worker, RedirectAttributes redirect) {
		shifts.start(worker);
		redirect.addFlashAttribute("message", "fieldwork.shift.started");
		return "redirect:/";
	}

	@GetMapping
	String mine(@AuthenticationPrincipal CurrentUser worker, Model model) {
		model.addAttribute("shifts", shifts.mine(worker));
		model.addAttribute("arenaLabels", catalog.labels(worker.requireTeamId(), CodeKind.ARENA));
		model.addAttribute("now", clock.instant());
		return "fieldwork/shifts";
	}

	@GetMapping("/{id}/end")
	String initEndForm(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		var shift = shifts.get(worker, id);
		var now = LocalDateTime.now(clock.withZone(Oslo.ZONE)).withSecond(0).withNano(0);
		model.addAttribute("shift", shift);
		model.addAttribute("form", new EndShiftForm(now.toLocalDate(), now.toLocalTime(),
				(int) Duration.between(shift.getStartedAt(), clock.instant()).toMinutes(), shift.getVersion()));
		return "fieldwork/shift-end";
	}

	@PostMapping("/{id}/end")
	String processEndForm(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EndShiftForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var shift = shifts.get(worker, id);
		if (!result.hasErrors()) {
			var end = Oslo.instant(form.endDate().atTime(form.endTime()));
			var now = clock.instant();
			if (end.equals(now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
				end = now; // "now" as shown in the form, to the second, so a short shift
							// still ends after it began
			}
			if (!end.isAfter(shift.getStartedAt())) {
				FormErrors.reject(result, "endTime", "fieldwork.shift.endBeforeStart");
			}
			else if (form.directMinutes() != null
					&& form.directMinutes() > Duration.between(shift.getStartedAt(), end).toMinutes()) {
				FormErrors.reject(result, "directMinutes", "fieldwork.shift.directTooLong");
			}
			else {
				shifts.end(worker, id, form.version() == null ? -1 : form.version(), end, form.directMinutes());
				redirect.addFlashAttribute("message", "fieldwork.shift.ended");
				return "redirect:/";
			}
		}
		model.addAttribute("shift", shift);
		return "fieldwork/shift-end";
	}

	@GetMapping("/{id}")
	String initEditForm(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		var shift = shifts.get(worker, id);
		var start = Oslo.local(shift.getStartedAt());
		var end = shift.getEndedAt() == null ? null : Oslo.local(shift.getEndedAt());
		model.addAttribute("form",
				new ShiftForm(start.toLocalDate(), start.toLocalTime(), end == null ? null : end.toLocalDate(),
						end == null ? null : end.toLocalTime(), shift.getArenaCode(), List.copyOf(shift.getAreas()),
						List.copyOf(shift.getWorkers()), shift.getDirectMinutes(), shift.getNotes(),
						shift.getVersion()));
		return editPage(worker, shift, model);
	}

	@PostMapping("/{id}")
	String processEditForm(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ShiftForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var shift = shifts.get(worker, id);
		var team = worker.requireTeamId();
		// a start or end left empty or not a date is already an error at its field: then
		// there is nothing to compare
		boolean timesRead = !result.hasFieldErrors("startDate") && !result.hasFieldErrors("startTime")
				&& !result.hasFieldErrors("endDate") && !result.hasFieldErrors("endTime") && form.startDate() != null
				&& form.startTime() != null;
		var start = timesRead ? Oslo.instant(form.startDate().atTime(form.startTime())) : null;
		var end = !timesRead || form.endDate() == null || form.endTime() == null ? null
				: Oslo.instant(form.endDate().atTime(form.endTime()));
		if (start != null && end != null && !end.isAfter(start)) {
			FormErrors.reject(result, "endTime", "fieldwork.shift.endBeforeStart");
		}
		if (start != null && end != null && form.directMinutes() != null
				&& form.directMinutes() > Duration.between(start, end).toMinutes()) {
			FormErrors.reject(result, "directMinutes", "fieldwork.shift.directTooLong");
		}
		if (!result.hasFieldErrors("arena") && catalog.byCode(team, CodeKind.ARENA, form.arena()).isEmpty()) {
			FormErrors.reject(result, "arena", "fieldwork.encounter.unknownCode");
		}
		var staff = teams.staffNames(team).keySet();
		// a blank entry in a list of ids binds as null; it names nobody and nothing
		var workers = new HashSet<>(form.workerIds() == null ? List.<UUID>of() : form.workerIds());
		workers.remove(null);
		if (workers.isEmpty() || !staff.containsAll(workers)) {
			FormErrors.reject(result, "workerIds", "fieldwork.shift.workersRequired");
		}
		var areas = new HashSet<>(form.areaIds() == null ? List.<UUID>of() : form.areaIds());
		areas.remove(null);
		if (!areas.stream().allMatch(a -> catalog.find(team, a).filter(c -> c.kind() == CodeKind.AREA).isPresent())) {
			FormErrors.reject(result, "areaIds", "fieldwork.encounter.unknownCode");
		}
		if (result.hasErrors() || start == null) {
			return editPage(worker, shift, model);
		}
		shifts.describe(worker, id, form.version(), start, end, form.arena(), workers, areas, form.directMinutes(),
				form.notes());
		redirect.addFlashAttribute("message", "fieldwork.shift.saved");
		return "redirect:/fieldwork/shifts";
	}

	private String editPage(CurrentUser worker, Shift shift, Model model) {
		var team = worker.requireTeamId();
		model.addAttribute("shift", shift);
		model.addAttribute("arenas", catalog.active(team, CodeKind.ARENA));
		model.addAttribute("areas", catalog.active(team, CodeKind.AREA));
		model.addAttribute("staff", teams.activeStaff(team));
		return "fieldwork/shift-form";
	}

}
