package no.feltlogg.journal;

import java.util.List;

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

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;

/** Conversations with someone who stays anonymous: counted, with no name and no text. */
@Controller
@RequestMapping("/journal/anonymous")
class AnonymousConversationController {

	private final Journal journal;

	private final EntryChecks checks;

	private final Catalog catalog;

	AnonymousConversationController(Journal journal, EntryChecks checks, Catalog catalog) {
		this.journal = journal;
		this.checks = checks;
		this.catalog = catalog;
	}

	@GetMapping
	String anonymous(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("conversations", journal.anonymousConversations(user));
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "journal/anonymous";
	}

	@GetMapping("/new")
	String initAnonymousForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", AnonymousForm.empty(checks.today()));
		return anonymousForm(user, model);
	}

	@PostMapping("/new")
	String processAnonymousForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") AnonymousForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checks.checkDay(form.occurredOn(), result);
		if (form.type() != null && !form.type().isConversation()) {
			FormErrors.reject(result, "type", "journal.anonymous.conversationOnly");
		}
		var themes = checks.themes(user, form.themes());
		if (result.hasErrors()) {
			return anonymousForm(user, model);
		}
		journal.recordAnonymous(user, form.type(), form.occurredOn(), form.durationMinutes(), themes);
		redirect.addFlashAttribute("message", "journal.anonymous.saved");
		return "redirect:/journal/anonymous";
	}

	private String anonymousForm(CurrentUser user, Model model) {
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		model.addAttribute("conversationTypes", List.of(EntryType.FOLLOW_UP, EntryType.PHONE_DIGITAL));
		return "journal/anonymous-form";
	}

}
