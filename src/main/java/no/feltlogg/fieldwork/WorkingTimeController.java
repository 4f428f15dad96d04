package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;

/**
 * The week sheet of working time outside the field: one row per day, minutes per kind, a
 * week in under a minute; and the leader's target for the share of working time directly
 * with youths (ADR 0038).
 */
@Controller
@RequestMapping("/fieldwork/time")
class WorkingTimeController {

	private final WorkingTime workingTime;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	WorkingTimeController(WorkingTime workingTime, Clock clock, org.springframework.context.MessageSource messages) {
		this.workingTime = workingTime;
		this.clock = clock;
		this.messages = messages;
	}

	/** A cell of the week sheet as the page shows it. */
	record Cell(String name, String value, @Nullable String error, String label) {
	}

	/** A day of the week sheet. */
	record Day(LocalDate day, java.util.List<Cell> cells) {
	}

	@GetMapping
	String week(@AuthenticationPrincipal CurrentUser worker, @RequestParam(required = false) @Nullable String week,
			Model model) {
		var monday = monday(week);
		var saved = workingTime.week(worker, monday);
		var values = new LinkedHashMap<String, String>();
		saved.forEach(
				(day, kinds) -> kinds.forEach((kind, minutes) -> values.put(field(day, kind), minutes.toString())));
		return page(worker, monday, values, Map.of(), model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser worker, @RequestParam(required = false) @Nullable String week,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		var monday = monday(week);
		var values = new LinkedHashMap<String, String>();
		var errors = new LinkedHashMap<String, String>();
		var minutes = new TreeMap<LocalDate, Map<WorkKind, Integer>>();
		for (int d = 0; d < 7; d++) {
			var day = monday.plusDays(d);
			var kinds = new EnumMap<WorkKind, Integer>(WorkKind.class);
			int dayTotal = 0;
			for (var kind : WorkKind.values()) {
				var name = field(day, kind);
				var text = params.getOrDefault(name, "").trim();
				values.put(name, text);
				if (text.isEmpty()) {
					continue;
				}
				try {
					int value = Integer.parseInt(text);
					if (value < 0 || value > 1440) {
						errors.put(name, "fieldwork.time.minutesRange");
					}
					else {
						kinds.put(kind, value);
						dayTotal += value;
					}
				}
				catch (NumberFormatException ex) {
					errors.put(name, "fieldwork.time.minutesNumber");
				}
			}
			if (dayTotal > 1440) {
				errors.put(field(day, WorkKind.values()[0]), "fieldwork.time.dayTooLong");
			}
			minutes.put(day, kinds);
		}
		if (!errors.isEmpty()) {
			return page(worker, monday, values, errors, model);
		}
		workingTime.saveWeek(worker, monday, minutes);
		redirect.addFlashAttribute("message", "fieldwork.time.saved");
		return "redirect:/fieldwork/time?week=" + monday;
	}

	@PostMapping("/target")
	String target(@AuthenticationPrincipal CurrentUser leader, @RequestParam(required = false) @Nullable String percent,
			@RequestParam(required = false) @Nullable String week, Model model, RedirectAttributes redirect) {
		Integer value = null;
		try {
			value = percent == null ? null : Integer.valueOf(percent.trim());
		}
		catch (NumberFormatException ex) {
			// answered at the field below
		}
		if (value == null || value < 1 || value > 100) {
			workingTime.requireLeader(leader);
			var monday = monday(week);
			var values = new LinkedHashMap<String, String>();
			workingTime.week(leader, monday)
				.forEach((day, kinds) -> kinds.forEach((kind, m) -> values.put(field(day, kind), m.toString())));
			model.addAttribute("targetValue", percent);
			return page(leader, monday, values, Map.of("percent", "fieldwork.time.targetRange"), model);
		}
		workingTime.setTarget(leader, value);
		redirect.addFlashAttribute("message", "fieldwork.time.targetSaved");
		return "redirect:/fieldwork/time";
	}

	private String page(CurrentUser worker, LocalDate monday, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("monday", monday);
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		var days = new java.util.ArrayList<Day>();
		for (int d = 0; d < 7; d++) {
			var day = monday.plusDays(d);
			var cells = new java.util.ArrayList<Cell>();
			for (var kind : WorkKind.values()) {
				var name = field(day, kind);
				cells.add(new Cell(name, values.getOrDefault(name, ""), errors.get(name),
						messages.getMessage("fieldwork.time.cell",
								new Object[] { messages.getMessage("fieldwork.time.kind." + kind, null, locale),
										no.feltlogg.shared.DateFormats.DATE.format(day) },
								locale)));
			}
			days.add(new Day(day, cells));
		}
		model.addAttribute("days", days);
		model.addAttribute("kinds", WorkingTime.kinds());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("previousWeek", monday.minusWeeks(1));
		model.addAttribute("nextWeek", monday.plusWeeks(1));
		model.addAttribute("target", workingTime.targetPercent(worker.requireTeamId()));
		return "fieldwork/time";
	}

	static String field(LocalDate day, WorkKind kind) {
		return "m_" + day + "_" + kind.name();
	}

	private LocalDate monday(@Nullable String week) {
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		if (week == null || week.isBlank()) {
			return WorkingTime.monday(today);
		}
		try {
			var day = LocalDate.parse(week.trim());
			return day.getYear() < 1900 || day.getYear() > 2100 ? WorkingTime.monday(today) : WorkingTime.monday(day);
		}
		catch (DateTimeParseException ex) {
			return WorkingTime.monday(today);
		}
	}

}
