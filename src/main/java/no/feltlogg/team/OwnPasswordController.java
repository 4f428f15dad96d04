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

/** Every signed-in person changes her own password here (linked from the layout's header). */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final OwnPassword ownPassword;

	private final PasswordPolicy policy;

	private final SecondFactors secondFactors;

	OwnPasswordController(OwnPassword ownPassword, PasswordPolicy policy, SecondFactors secondFactors) {
		this.ownPassword = ownPassword;
		this.policy = policy;
		this.secondFactors = secondFactors;
	}

	@ModelAttribute("enrolled")
	boolean enrolled(@AuthenticationPrincipal CurrentUser me) {
		return secondFactors.enrolled(me.accountId());
	}

	@GetMapping
	String initForm(Model model) {
		model.addAttribute("form", OwnPasswordForm.empty());
		return "account/password";
	}

	@PostMapping
	String processForm(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") OwnPasswordForm form,
			BindingResult result, RedirectAttributes redirect) {
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
		if (secondFactors.enrolled(me.accountId())) {
			var verification = secondFactors.verify(me, form.code() == null ? "" : form.code());
			if (!verification.accepted()) {
				FormErrors.reject(result, "code", verification.retryAt() == null ? "secondFactor.wrong"
						: "secondFactor.delayed", verification.retryAt() == null ? null
								: new Object[] { TIME.format(verification.retryAt().atZone(Oslo.ZONE)) }, null);
				return "account/password";
			}
		}
		if (!ownPassword.change(me, form.currentPassword(), form.newPassword())) {
			FormErrors.reject(result, "currentPassword", "account.currentPassword.wrong");
			return "account/password";
		}
		redirect.addFlashAttribute("message", "account.ownPassword.changed");
		return "redirect:/";
	}

}
