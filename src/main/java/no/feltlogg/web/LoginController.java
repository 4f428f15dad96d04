package no.feltlogg.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout,
			@RequestParam(required = false) @Nullable String ended,
			@RequestParam(required = false) @Nullable String expired, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("ended", ended != null);
		model.addAttribute("expired", expired != null);
		return "login";
	}

}
