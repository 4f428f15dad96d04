package no.feltlogg.apitokens;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;

/**
 * The API token pages: {@code /admin/tokens} for the municipality's administrators,
 * {@code /team/tokens} for a leader (her own team's tokens). A new token is shown once,
 * on the page the making redirects to.
 */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping({ "/admin/tokens", "/team/tokens" })
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new TokenForm("", null));
		return page(user, model);
	}

	@PostMapping({ "/admin/tokens", "/team/tokens" })
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		var created = tokens.create(user, form.name(), user.role() == Role.ADMIN ? form.teamId() : null);
		redirect.addFlashAttribute("newToken", created.token());
		redirect.addFlashAttribute("message", "tokens.madeNow");
		return "redirect:" + base(user);
	}

	@PostMapping({ "/admin/tokens/{id}/revoke", "/team/tokens/{id}/revoke" })
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(user, id);
		redirect.addFlashAttribute("message", "tokens.revoked");
		return "redirect:" + base(user);
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user));
		model.addAttribute("base", base(user));
		if (user.role() == Role.ADMIN) {
			model.addAttribute("teams", tokens.teams(user));
		}
		return "apitokens/tokens";
	}

	private static String base(CurrentUser user) {
		return user.role() == Role.ADMIN ? "/admin/tokens" : "/team/tokens";
	}

}
