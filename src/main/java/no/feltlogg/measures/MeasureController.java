package no.feltlogg.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import no.feltlogg.shared.Oslo;

/**
 * The help measures for child welfare: the team's running measures, a new measure with
 * its plan on the youth's consent, a measure's page with its follow-ups, and the report
 * back to child welfare as a PDF.
 */
@Controller
@RequestMapping("/measures")
class MeasureController {

	/**
	 * How far back a decision or a follow-up may be recorded, and how long a plan may
	 * run.
	 */
	static final int MAX_YEARS = 3;

	private final Measures measures;

	private final Clock clock;

	MeasureController(Measures measures, Clock clock) {
		this.measures = measures;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("lines", measures.running(user));
		return "measures/list";
	}

	@GetMapping(value = "/new", params = "youth")
	String initNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth, Model model) {
		var preparation = measures.prepare(user, youth, true);
		model.addAttribute("form", MeasureForm.empty(preparation.today(), user.accountId()));
		return newForm(preparation, model);
	}

	@PostMapping(value = "/new", params = "youth")
	String processNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth,
			@Valid @ModelAttribute("form") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var preparation = measures.prepare(user, youth, false);
		var today = today();
		var decidedOn = MeasureChecks.within(result, "decidedOn", form.decidedOn(), today.minusYears(MAX_YEARS), today,
				"measures.decidedOn.invalid");
		var startsOn = MeasureChecks.within(result, "startsOn", form.startsOn(),
				decidedOn != null ? decidedOn : today.minusYears(MAX_YEARS), today.plusYears(1),
				"measures.startsOn.invalid");
		var endsOn = MeasureChecks.within(result, "endsOn", form.endsOn(),
				startsOn != null ? startsOn : today.minusYears(MAX_YEARS),
				(startsOn != null ? startsOn : today).plusYears(MAX_YEARS), "measures.endsOn.invalid");
		var evaluationOn = MeasureChecks.within(result, "evaluationOn", form.evaluationOn(),
				startsOn != null ? startsOn : today.minusYears(MAX_YEARS),
				(endsOn != null ? endsOn : today.plusYears(MAX_YEARS)), "measures.evaluationOn.invalid");
		var hours = result.hasFieldErrors("hoursPerWeek") ? null : Hours.parse(form.hoursPerWeek(), 40).orElse(null);
		if (hours == null && !result.hasFieldErrors("hoursPerWeek")) {
			FormErrors.reject(result, "hoursPerWeek", "measures.hoursPerWeek.invalid");
		}
		var goals = form.goalList();
		MeasureChecks.goals(result, goals);
		if (form.responsibleId() != null
				&& preparation.workers().stream().noneMatch(w -> w.accountId().equals(form.responsibleId()))) {
			FormErrors.reject(result, "responsibleId", "measures.responsible.unknown");
		}
		if (form.consentId() != null
				&& preparation.consents().stream().noneMatch(c -> c.id().equals(form.consentId()))) {
			FormErrors.reject(result, "consentId", "measures.consent.missing");
		}
		else {
			var refusal = measures.checkConsent(user, youth, form.consentId(), startsOn != null ? startsOn : today);
			if (refusal != null) {
				FormErrors.reject(result, "consentId", refusal.messageKey(), refusal.argArray(), null);
			}
		}
		if (result.hasErrors()) {
			return newForm(preparation, model);
		}
		try {
			var id = measures.create(user, new NewMeasure(youth, form.title(), decidedOn, startsOn, endsOn, hours,
					goals, form.consentId(), form.responsibleId(), evaluationOn));
			redirect.addFlashAttribute("message", "measures.saved");
			return "redirect:/measures/" + id;
		}
		catch (MeasureRefusedException refused) {
			FormErrors.reject(result, "consentId", refused.messageKey(), refused.args().toArray(), null);
			return newForm(preparation, model);
		}
	}

	@GetMapping("/{measureId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID measureId, Model model) {
		var page = measures.page(user, measureId);
		model.addAttribute("followUpForm", FollowUpForm.empty(page.today()));
		return detail(page, model);
	}

	@PostMapping("/{measureId}/follow-ups")
	String addFollowUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID measureId,
			@Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var page = measures.forChange(user, measureId);
		var measure = page.measure();
		var doneOn = MeasureChecks.within(result, "doneOn", form.doneOn(), measure.startsOn(), today(),
				"measures.followUp.doneOn.invalid");
		var hours = result.hasFieldErrors("hours") ? null : Hours.parse(form.hours(), 24).orElse(null);
		if (hours == null && !result.hasFieldErrors("hours")) {
			FormErrors.reject(result, "hours", "measures.followUp.hours.invalid");
		}
		if (form.goalId() != null && page.goals().stream().noneMatch(g -> g.id().equals(form.goalId()))) {
			FormErrors.reject(result, "goalId", "measures.followUp.goal.unknown");
		}
		if (!result.hasErrors()) {
			try {
				measures.recordFollowUp(user, measureId, form.goalId(), doneOn, hours, form.note());
				redirect.addFlashAttribute("message", "measures.followUp.saved");
				return "redirect:/measures/" + measureId;
			}
			catch (MeasureRefusedException refused) {
				FormErrors.reject(result, "goalId", refused.messageKey(), refused.args().toArray(), null);
			}
		}
		return detail(measures.page(user, measureId), model);
	}

	/**
	 * The report to child welfare; refused, back on the measure's page with the reason,
	 * outside the consent.
	 */
	@GetMapping("/{measureId}/report.pdf")
	Object report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID measureId, Locale locale,
			RedirectAttributes redirect) {
		try {
			var pdf = measures.report(user, measureId, locale);
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("hjelpetiltak-rapport.pdf").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(pdf);
		}
		catch (MeasureRefusedException refused) {
			redirect.addFlashAttribute("reportRefused", refused.messageKey());
			redirect.addFlashAttribute("reportRefusedArgs", refused.args().toArray());
			return "redirect:/measures/" + measureId;
		}
	}

	private String newForm(Measures.Preparation preparation, Model model) {
		model.addAttribute("youth", preparation.youth());
		model.addAttribute("consents", preparation.consents());
		model.addAttribute("workers", preparation.workers());
		model.addAttribute("today", preparation.today());
		return "measures/form";
	}

	private String detail(Measures.MeasurePage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("measure", page.measure());
		return "measures/detail";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

}
