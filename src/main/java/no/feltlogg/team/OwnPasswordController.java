package no.feltlogg.team;

import java.time.format.DateTimeFormatter;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;

/**
 * Every signed-in person changes her own password here (linked from the layout's header).
 */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final OwnPassword ownPassword;

	private final PasswordPolicy policy;

	private final SecondFactors secondFactors;

	private final SignedInSessions sessions;

	private final SecurityLog securityLog;

	private final java.time.Clock clock;

	OwnPasswordController(OwnPassword ownPassword, PasswordPolicy policy, SecondFactors secondFactors,
			SignedInSessions sessions, SecurityLog securityLog, java.time.Clock clock) {
		this.securityLog = securityLog;
		this.clock = clock;
		this.ownPassword = ownPassword;
		this.policy = policy;
		this.secondFactors = secondFactors;
		this.sessions = sessions;
	}

	/**
	 * Whether the form asks for a TOTP or recovery code (a person with passkeys only
	 * gives a fresh passkey first).
	 */
	@ModelAttribute("enrolled")
	boolean enrolled(@AuthenticationPrincipal CurrentUser me) {
		return secondFactors.totpEnrolled(me.accountId());
	}

	@GetMapping
	String initForm(@AuthenticationPrincipal CurrentUser me, jakarta.servlet.http.HttpServletRequest request,
			Model model) {
		if (needsFreshPasskey(me, request)) {
			return "redirect:" + SecondFactorController.SIGN_IN_PAGE + "?fresh";
		}
		model.addAttribute("form", OwnPasswordForm.empty());
		return "account/password";
	}

	/**
	 * A person whose second factor is a passkey only proves it (at most 15 minutes ago)
	 * before changing her password.
	 */
	private boolean needsFreshPasskey(CurrentUser me, jakarta.servlet.http.HttpServletRequest request) {
		if (secondFactors.totpEnrolled(me.accountId()) || !secondFactors.enrolled(me.accountId())
				|| SecondFactorSession.isFresh(request.getSession(false), clock.instant())) {
			return false;
		}
		request.getSession().setAttribute(SecondFactorSession.RETURN_TO, "/account/password");
		return true;
	}

	@PostMapping
	String processForm(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") OwnPasswordForm form,
			BindingResult result, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		if (needsFreshPasskey(me, request)) {
			return "redirect:" + SecondFactorController.SIGN_IN_PAGE + "?fresh";
		}
		var delayedUntil = ownPassword.delayedUntil(me);
		if (delayedUntil.isPresent()) {
			FormErrors.reject(result, "currentPassword", "account.currentPassword.delayed",
					new Object[] { TIME.format(delayedUntil.get().atZone(Oslo.ZONE)) }, null);
			return "account/password";
		}
		if (!result.hasFieldErrors("newPassword")) {
			policy.problem(form.newPassword(), me.getUsername())
				.ifPresent(problem -> FormErrors.reject(result, "newPassword", problem));
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		if (secondFactors.totpEnrolled(me.accountId())) {
			var verification = secondFactors.verify(me, form.code() == null ? "" : form.code());
			if (!verification.accepted()) {
				FormErrors.reject(result, "code",
						verification.retryAt() == null ? "secondFactor.wrong" : "secondFactor.delayed",
						verification.retryAt() == null ? null
								: new Object[] { TIME.format(verification.retryAt().atZone(Oslo.ZONE)) },
						null);
				return "account/password";
			}
		}
		if (!ownPassword.change(me, form.currentPassword(), form.newPassword())) {
			FormErrors.reject(result, "currentPassword", "account.currentPassword.wrong");
			return "account/password";
		}
		// her other sessions (a phone left somewhere, a stranger who knew the old
		// password) end; this one goes on
		sessions.endOthers(me.getUsername(), request.getSession().getId());
		securityLog.insert(SecurityLog.Row.by(SecurityEvent.PASSWORD_CHANGED, me)
			.target(me.accountId(), me.getUsername())
			.detail("the person's other sessions ended")
			.address(request.getRemoteAddr()));
		redirect.addFlashAttribute("message", "account.ownPassword.changed");
		return "redirect:/";
	}

}
