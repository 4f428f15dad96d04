package no.feltlogg.team;

import static no.feltlogg.team.SecondFactorController.ENROL_PAGE;
import static no.feltlogg.team.SecondFactorController.SIGN_IN_PAGE;
import static no.feltlogg.team.SecondFactorController.TIME;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;

/**
 * The second factor asked for at sign-in, or again when a page needs a fresh one (one
 * field named {@code code}).
 */
@Controller
class SecondFactorSignInController {

	private final SecondFactors secondFactors;

	private final Passkeys passkeys;

	private final Clock clock;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SecondFactorSignInController(SecondFactors secondFactors, Passkeys passkeys, Clock clock) {
		this.secondFactors = secondFactors;
		this.passkeys = passkeys;
		this.clock = clock;
	}

	@GetMapping(SIGN_IN_PAGE)
	String signInForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String fresh,
			Model model) {
		if (!secondFactors.enrolled(user.accountId())) {
			return "redirect:" + ENROL_PAGE;
		}
		model.addAttribute("form", SecondFactorForm.empty());
		model.addAttribute("fresh", fresh != null);
		model.addAttribute("hasPasskeys", passkeys.any(user.accountId()));
		return "account/second-factor";
	}

	@PostMapping(SIGN_IN_PAGE)
	String signIn(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SecondFactorForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
		var verification = secondFactors.verify(user, form.code() == null ? "" : form.code());
		if (!verification.accepted()) {
			if (verification.retryAt() != null) {
				FormErrors.reject(result, "code", "secondFactor.delayed",
						new Object[] { TIME.format(verification.retryAt().atZone(Oslo.ZONE)) }, null);
			}
			else {
				FormErrors.reject(result, "code", "secondFactor.wrong");
			}
			model.addAttribute("fresh", false);
			model.addAttribute("hasPasskeys", passkeys.any(user.accountId()));
			return "account/second-factor";
		}
		var wasPending = SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor;
		SecondFactorSession.complete(user, request, response, clock.instant());
		return "redirect:" + onward(request, response, wasPending);
	}

	/**
	 * Back to the page that asked for a fresh second factor, or where the person was
	 * going before signing in.
	 */
	private String onward(HttpServletRequest request, HttpServletResponse response, boolean signingIn) {
		var returnTo = SecondFactorSession.takeReturnTo(request.getSession());
		if (returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")) {
			return returnTo;
		}
		if (signingIn) {
			var saved = requestCache.getRequest(request, response);
			if (saved != null) {
				requestCache.removeRequest(request, response);
				return saved.getRedirectUrl();
			}
		}
		return "/";
	}

}
