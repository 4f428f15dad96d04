package no.feltlogg.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

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

import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * A new referral: the youth chosen, then the form through the consent gate (ADR 0013).
 */
@Controller
@RequestMapping("/referrals/new")
class NewReferralController {

	/** How far ahead a referral may be planned (a cooperation meeting next month). */
	static final int MAX_DAYS_AHEAD = 365;

	private final Referrals referrals;

	private final Youths youths;

	private final Catalog catalog;

	private final Clock clock;

	private final AccessLog accessLog;

	NewReferralController(Referrals referrals, Youths youths, Catalog catalog, Clock clock, AccessLog accessLog) {
		this.referrals = referrals;
		this.youths = youths;
		this.catalog = catalog;
		this.clock = clock;
		this.accessLog = accessLog;
	}

	@GetMapping(params = "!youth")
	String chooseYouth(@AuthenticationPrincipal CurrentUser user, Model model) {
		var active = youths.active(user);
		accessLog.listed(user, Subjects.LIST_CHOOSE_YOUTH.code(), active.stream().map(YouthSummary::id).toList());
		model.addAttribute("youths", active);
		return "referrals/choose-youth";
	}

	@GetMapping(params = "youth")
	String initNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth, Model model) {
		var preparation = referrals.prepare(user, youth, true);
		model.addAttribute("form", NewReferralForm.empty(preparation.today()));
		return newForm(user, preparation, model);
	}

	@PostMapping(params = "youth")
	String processNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth,
			@Valid @ModelAttribute("form") NewReferralForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var preparation = referrals.prepare(user, youth, false);
		var referredOn = form.referredOn();
		if (!result.hasFieldErrors("referredOn")
				&& (referredOn == null || referredOn.isAfter(LocalDate.now(clock).plusDays(MAX_DAYS_AHEAD)))) {
			FormErrors.reject(result, "referredOn", "referrals.referredOn.invalid");
		}
		if (!result.hasFieldErrors("followUpOn") && form.followUpOn() != null && referredOn != null
				&& form.followUpOn().isBefore(referredOn)) {
			FormErrors.reject(result, "followUpOn", "referrals.followUpOn.invalid");
		}
		if (form.serviceId() != null
				&& preparation.services().stream().noneMatch(s -> s.id().equals(form.serviceId()))) {
			FormErrors.reject(result, "serviceId", "referrals.service.unknown");
		}
		if (form.serviceId() != null && form.legalBasis() != null && referredOn != null
				&& !result.hasFieldErrors("serviceId") && !result.hasFieldErrors("referredOn")) {
			// the gate speaks at once, beside whatever else is missing, so the worker
			// fixes everything in one go
			var draft = new NewReferral(youth, form.serviceId(), ReferralKind.FORMAL_REFERRAL, referredOn, "",
					List.of(), "", form.legalBasis(), form.consentId(), form.justification(), null);
			referrals.check(user, draft).rejectIn(result, null);
		}
		if (result.hasErrors()) {
			return newForm(user, preparation, model);
		}
		var referral = new NewReferral(youth, form.serviceId(), form.form(), referredOn, form.reason(),
				catalog.known(user.requireTeamId(), CodeKind.THEME, form.themes()), form.sharedInformation(),
				form.legalBasis(), form.consentId(), form.justification(), form.followUpOn());
		try {
			var id = referrals.refer(user, referral);
			redirect.addFlashAttribute("message",
					form.legalBasis().isDuty() ? "referrals.saved.duty" : "referrals.saved");
			return "redirect:/referrals/" + id;
		}
		catch (ReferralRefusedException refused) {
			refused.decision().rejectIn(result, null);
			return newForm(user, preparation, model);
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

}
