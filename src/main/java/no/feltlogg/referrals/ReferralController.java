package no.feltlogg.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/** The worker's referral pages: my referrals, a new referral through the consent gate, a referral and its status. */
@Controller
@RequestMapping("/referrals")
class ReferralController {

	/** How far ahead a referral may be planned (a cooperation meeting next month). */
	static final int MAX_DAYS_AHEAD = 365;

	private final Referrals referrals;

	private final Youths youths;

	private final Catalog catalog;

	private final Clock clock;

	private final AccessLog accessLog;

	ReferralController(Referrals referrals, Youths youths, Catalog catalog, Clock clock, AccessLog accessLog) {
		this.referrals = referrals;
		this.youths = youths;
		this.catalog = catalog;
		this.clock = clock;
		this.accessLog = accessLog;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		var lines = referrals.mine(user);
		accessLog.listed(user, Subjects.LIST_MINE.code(), lines.stream().map(ReferralLine::youthId).toList());
		model.addAttribute("lines", lines);
		return "referrals/list";
	}

	@GetMapping(value = "/new", params = "!youth")
	String chooseYouth(@AuthenticationPrincipal CurrentUser user, Model model) {
		var active = youths.active(user);
		accessLog.listed(user, Subjects.LIST_CHOOSE_YOUTH.code(), active.stream().map(YouthSummary::id).toList());
		model.addAttribute("youths", active);
		return "referrals/choose-youth";
	}

	@GetMapping(value = "/new", params = "youth")
	String initNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth, Model model) {
		var preparation = referrals.prepare(user, youth, true);
		model.addAttribute("form", NewReferralForm.empty(preparation.today()));
		return newForm(user, preparation, model);
	}

	@PostMapping(value = "/new", params = "youth")
	String processNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth,
			@Valid @ModelAttribute("form") NewReferralForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var preparation = referrals.prepare(user, youth, false);
		var today = today();
		var referredOn = FormDates.parse(form.referredOn()).orElse(null);
		if (!result.hasFieldErrors("referredOn")
				&& (referredOn == null || referredOn.isAfter(today.plusDays(MAX_DAYS_AHEAD)))) {
			FormErrors.reject(result, "referredOn", "referrals.referredOn.invalid");
		}
		LocalDate followUpOn = null;
		if (form.followUpOn() != null && !form.followUpOn().isBlank()) {
			followUpOn = FormDates.parse(form.followUpOn()).orElse(null);
			if (followUpOn == null || (referredOn != null && followUpOn.isBefore(referredOn))) {
				FormErrors.reject(result, "followUpOn", "referrals.followUpOn.invalid");
			}
		}
		if (form.serviceId() != null
				&& preparation.services().stream().noneMatch(s -> s.id().equals(form.serviceId()))) {
			FormErrors.reject(result, "serviceId", "referrals.service.unknown");
		}
		if (form.serviceId() != null && form.legalBasis() != null && referredOn != null
				&& !result.hasFieldErrors("serviceId") && !result.hasFieldErrors("referredOn")) {
			// the gate speaks at once, beside whatever else is missing, so the worker fixes everything in one go
			var draft = new NewReferral(youth, form.serviceId(), ReferralKind.FORMAL_REFERRAL, referredOn, "",
					List.of(), "", form.legalBasis(), form.consentId(), form.justification(), null);
			reject(referrals.check(user, draft), result, null);
		}
		if (result.hasErrors()) {
			return newForm(user, preparation, model);
		}
		var referral = new NewReferral(youth, form.serviceId(), form.form(), referredOn, form.reason(),
				themes(user, form.themes()), form.sharedInformation(), form.legalBasis(), form.consentId(),
				form.justification(), followUpOn);
		try {
			var id = referrals.refer(user, referral);
			redirect.addFlashAttribute("message", form.legalBasis().isDuty() ? "referrals.saved.duty"
					: "referrals.saved");
			return "redirect:/referrals/" + id;
		}
		catch (ReferralRefusedException refused) {
			reject(refused.decision(), result, null);
			return newForm(user, preparation, model);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var page = referrals.page(user, id);
		model.addAttribute("statusForm", StatusForm.empty(page.today(), page.referral().getVersion()));
		return detail(user, page, model);
	}

	@PostMapping("/{id}/status")
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var referral = referrals.forChange(user, id);
		var on = FormDates.parse(form.on()).orElse(null);
		if (!result.hasFieldErrors("on")
				&& (on == null || on.isAfter(today()) || on.isBefore(referral.getStatusChangedOn()))) {
			FormErrors.reject(result, "on", "referrals.status.on.invalid");
		}
		if (form.to() != null && !referral.getStatus().canMoveTo(form.to())) {
			FormErrors.reject(result, "to", "referrals.status.notAllowed");
		}
		if (form.to() == ReferralStatus.DECLINED && (form.note() == null || form.note().isBlank())) {
			FormErrors.reject(result, "note", "referrals.status.declineReason");
		}
		LocalDate followUpOn = null;
		if (form.followUpOn() != null && !form.followUpOn().isBlank()) {
			followUpOn = FormDates.parse(form.followUpOn()).orElse(null);
			if (followUpOn == null || followUpOn.isBefore(referral.getReferredOn())) {
				FormErrors.reject(result, "followUpOn", "referrals.followUpOn.invalid");
			}
		}
		if (result.hasErrors()) {
			return detail(user, referrals.page(user, id), model);
		}
		try {
			referrals.changeStatus(user, id, form.version() == null ? -1 : form.version(), form.to(), on,
					form.note(), followUpOn);
		}
		catch (ReferralRefusedException refused) {
			reject(refused.decision(), result, "to");
			return detail(user, referrals.page(user, id), model);
		}
		var saved = "referrals.status.saved." + form.to();
		redirect.addFlashAttribute("message", saved);
		return "redirect:/referrals/" + id;
	}

	/** The gate's refusals at their fields, or all at one field when the form has only that one. */
	static void reject(GateDecision decision, BindingResult result, @Nullable String field) {
		for (var refusal : decision.refusals()) {
			FormErrors.reject(result, field == null ? refusal.field() : field, refusal.messageKey(),
					refusal.args().toArray(), null);
		}
	}

	private String newForm(CurrentUser user, Referrals.Preparation preparation, Model model) {
		model.addAttribute("youth", preparation.youth());
		model.addAttribute("consents", preparation.consents());
		model.addAttribute("services", preparation.services());
		model.addAttribute("today", preparation.today());
		model.addAttribute("forms", ReferralKind.values());
		model.addAttribute("bases", LegalBasis.values());
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		return "referrals/form";
	}

	private String detail(CurrentUser user, Referrals.ReferralPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("referral", page.referral());
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "referrals/detail";
	}

	/** The themes chosen, limited to the team's theme codes. */
	private List<String> themes(CurrentUser user, @Nullable List<String> chosen) {
		if (chosen == null) {
			return List.of();
		}
		var known = catalog.labels(user.requireTeamId(), CodeKind.THEME).keySet();
		return chosen.stream().filter(known::contains).distinct().toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

}
