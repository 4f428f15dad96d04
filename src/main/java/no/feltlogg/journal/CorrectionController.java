package no.feltlogg.journal;

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

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;

/**
 * A signed entry is never changed: it is corrected by a new entry that points at it (ADR
 * 0012).
 */
@Controller
@RequestMapping("/journal/{id}/correct")
class CorrectionController {

	private final Journal journal;

	private final EntryChecks checks;

	private final Catalog catalog;

	CorrectionController(Journal journal, EntryChecks checks, Catalog catalog) {
		this.journal = journal;
		this.checks = checks;
		this.catalog = catalog;
	}

	@GetMapping
	String initCorrectionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var corrected = journal.toCorrect(user, id, true);
		model.addAttribute("form",
				new EntryForm(corrected.type(), checks.today(), null, corrected.themes(), "", null, 0L, null, null));
		return correctionForm(user, corrected, model);
	}

	@PostMapping
	String processCorrectionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var corrected = journal.toCorrect(user, id, false);
		var content = checks.content(user, form, result);
		if (corrected.youthId() != null) {
			checks.checkGuardianContact(user, corrected.youthId(), form, content, result);
		}
		if (result.hasErrors()) {
			return correctionForm(user, corrected, model);
		}
		var correction = journal.correct(user, id, content, form.sign());
		redirect.addFlashAttribute("message", "journal.correctionSaved");
		return "redirect:/journal/" + correction;
	}

	private String correctionForm(CurrentUser user, JournalEntryView corrected, Model model) {
		model.addAttribute("corrected", corrected);
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "journal/correct";
	}

}
