package no.feltlogg.team;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;

import no.feltlogg.shared.FormErrors;

/**
 * The public page where a person sets her own password with the one-time link an
 * administrator gave her. A link that is unknown, used or expired gets a page that says
 * so (404), never a hint whether it once existed.
 */
@Controller
class PasswordLinkController {

	private final PasswordLinks links;

	private final PasswordPolicy policy;

	PasswordLinkController(PasswordLinks links, PasswordPolicy policy) {
		this.links = links;
		this.policy = policy;
	}

	@GetMapping("/password/{token}")
	String initForm(@PathVariable String token, Model model, HttpServletResponse response) {
		var account = links.accountOf(token);
		if (account.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("username", account.get().getUsername());
		model.addAttribute("token", token);
		model.addAttribute("form", new PasswordForm(""));
		return "password/set";
	}

	@PostMapping("/password/{token}")
	String processForm(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		var account = links.accountOf(token);
		if (account.isEmpty()) {
			return invalid(response);
		}
		var username = account.get().getUsername();
		if (!result.hasFieldErrors("password")) {
			policy.problem(form.password(), username).ifPresent(key -> FormErrors.reject(result, "password", key));
		}
		if (result.hasErrors()) {
			model.addAttribute("username", username);
			model.addAttribute("token", token);
			return "password/set";
		}
		if (!links.setPassword(token, form.password())) {
			return invalid(response);
		}
		return "redirect:/password/done";
	}

	@GetMapping("/password/done")
	String done() {
		return "password/done";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "password/invalid";
	}

}
