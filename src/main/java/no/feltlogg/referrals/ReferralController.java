package no.feltlogg.referrals;

import java.time.Clock;
import java.time.LocalDate;
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

import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;

/** The worker's referral pages: my referrals, a referral and its status. */
@Controller
@RequestMapping("/referrals")
class ReferralController {

	private final Referrals referrals;

	private final Catalog catalog;

	private final Clock clock;

	private final AccessLog accessLog;

	ReferralController(Referrals referrals, Catalog catalog, Clock clock, AccessLog accessLog) {
		this.referrals = referrals;
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
		var on = form.on();
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
		if (!result.hasFieldErrors("followUpOn") && form.followUpOn() != null
				&& form.followUpOn().isBefore(referral.getReferredOn())) {
			FormErrors.reject(result, "followUpOn", "referrals.followUpOn.invalid");
		}
		if (result.hasErrors()) {
			return detail(user, referrals.page(user, id), model);
		}
		try {
			referrals.changeStatus(user, id, form.version() == null ? -1 : form.version(), form.to(), on, form.note(),
					form.followUpOn());
		}
		catch (ReferralRefusedException refused) {
			refused.decision().rejectIn(result, "to");
			return detail(user, referrals.page(user, id), model);
		}
		var saved = "referrals.status.saved." + form.to();
		redirect.addFlashAttribute("message", saved);
		return "redirect:/referrals/" + id;
	}

	private String detail(CurrentUser user, Referrals.ReferralPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("referral", page.referral());
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "referrals/detail";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Oslo.ZONE));
	}

}
