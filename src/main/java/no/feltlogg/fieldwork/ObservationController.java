package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.IdentifyingText;
import no.feltlogg.shared.Oslo;

/**
 * Field observations: logging one, the list, and the week per area for the weekly
 * interdisciplinary meeting.
 */
@Controller
@RequestMapping("/fieldwork/observations")
class ObservationController {

	private final FieldObservationRepository observations;

	private final ObservationQueries queries;

	private final Catalog catalog;

	private final Shifts shifts;

	private final Clock clock;

	ObservationController(FieldObservationRepository observations, ObservationQueries queries, Catalog catalog,
			Shifts shifts, Clock clock) {
		this.observations = observations;
		this.queries = queries;
		this.catalog = catalog;
		this.shifts = shifts;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		model.addAttribute("rows", queries.between(user.requireTeamId(), today.minusDays(30), today));
		addLists(user.requireTeamId(), model);
		return "fieldwork/observations";
	}

	@GetMapping("/week")
	String week(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable LocalDate date,
			Model model) {
		var team = user.requireTeamId();
		var shown = date != null && FormDates.inRange(date) ? date : LocalDate.now(clock.withZone(Oslo.ZONE));
		var monday = shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var days = new ArrayList<LocalDate>();
		for (int i = 0; i < 7; i++) {
			days.add(monday.plusDays(i));
		}
		Map<String, List<ObservationQueries.Row>> cells = new HashMap<>();
		for (var row : queries.between(team, monday, monday.plusDays(6))) {
			cells.computeIfAbsent(row.areaId() + "|" + row.localDate(), k -> new ArrayList<>()).add(row);
		}
		model.addAttribute("days", days);
		model.addAttribute("cells", cells);
		model.addAttribute("weekNumber", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		model.addAttribute("previous", monday.minusWeeks(1));
		model.addAttribute("next", monday.plusWeeks(1));
		addLists(team, model);
		return "fieldwork/observations-week";
	}

	@GetMapping("/new")
	String initCreateForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ObservationForm form,
			Model model) {
		var now = LocalDateTime.now(clock.withZone(Oslo.ZONE)).withSecond(0).withNano(0);
		var area = form.areaId() != null ? form.areaId()
				: shifts.open(user).flatMap(s -> s.getAreas().stream().findFirst()).orElse(null);
		model.addAttribute("form",
				new ObservationForm(form.date() != null ? form.date() : now.toLocalDate(),
						form.time() != null ? form.time() : now.toLocalTime(), area, form.placeId(),
						form.kinds() != null ? form.kinds() : List.of(), form.gatheringSize(),
						form.severity() != null ? form.severity() : FieldObservation.Severity.LOW, form.note()));
		addLists(user.requireTeamId(), model);
		return "fieldwork/observation-form";
	}

	@PostMapping("/new")
	String processCreateForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") ObservationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var team = user.requireTeamId();
		if (form.areaId() != null
				&& catalog.find(team, form.areaId()).filter(a -> a.kind() == CodeKind.AREA).isEmpty()) {
			FormErrors.reject(result, "areaId", "fieldwork.encounter.unknownCode");
		}
		if (form.placeId() != null && catalog.find(team, form.placeId())
			.filter(p -> p.kind() == CodeKind.PLACE && p.areaId() != null && p.areaId().equals(form.areaId()))
			.isEmpty()) {
			FormErrors.reject(result, "placeId", "fieldwork.encounter.placeNotInArea");
		}
		IdentifyingText.problem(form.note()).ifPresent(key -> FormErrors.reject(result, "note", key));
		if (!result.hasErrors()
				&& Oslo.instant(form.date().atTime(form.time())).isAfter(clock.instant().plusSeconds(600))) {
			FormErrors.reject(result, "time", "fieldwork.encounter.future");
		}
		if (result.hasErrors()) {
			addLists(team, model);
			return "fieldwork/observation-form";
		}
		observations.save(new FieldObservation(team, user.accountId(), Oslo.instant(form.date().atTime(form.time())),
				form.areaId(), form.placeId(), form.kinds(), form.gatheringSize(), form.severity(), form.note(),
				clock.instant()));
		redirect.addFlashAttribute("message", "fieldwork.observation.saved");
		return "redirect:/fieldwork/observations";
	}

	private void addLists(UUID team, Model model) {
		model.addAttribute("areas", catalog.all(team, CodeKind.AREA));
		model.addAttribute("places", catalog.all(team, CodeKind.PLACE));
		model.addAttribute("kinds", FieldObservation.Kind.values());
		model.addAttribute("severities", FieldObservation.Severity.values());
		var labels = new HashMap<UUID, String>();
		catalog.all(team, CodeKind.AREA).forEach(c -> labels.put(c.id(), c.label()));
		labels.putAll(catalog.placeNames(team));
		model.addAttribute("labels", labels);
		model.addAttribute("activeAreas", catalog.active(team, CodeKind.AREA).stream().map(CodeItem::id).toList());
	}

}
