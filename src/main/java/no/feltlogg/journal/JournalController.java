package no.feltlogg.journal;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.StaffMember;
import no.feltlogg.team.Teams;

/**
 * A youth's journal entries: writing, reading, revising a draft, signing and deleting a
 * draft.
 */
@Controller
@RequestMapping("/journal")
class JournalController {

	private final Journal journal;

	private final EntryChecks checks;

	private final Catalog catalog;

	private final Teams teams;

	JournalController(Journal journal, EntryChecks checks, Catalog catalog, Teams teams) {
		this.journal = journal;
		this.checks = checks;
		this.catalog = catalog;
		this.teams = teams;
	}

	@GetMapping("/new")
	String initNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth, Model model) {
		model.addAttribute("form", EntryForm.empty(checks.today()));
		return entryForm(user, journal.youthForNewEntry(user, youth), null, model);
	}

	@PostMapping("/new")
	String processNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var summary = journal.youthForNewEntry(user, youth);
		var content = checks.content(user, form, result);
		checks.checkGuardianContact(user, youth, form, content, result);
		if (result.hasErrors()) {
			return entryForm(user, summary, null, model);
		}
		var id = journal.write(user, youth, content, form.sign());
		redirect.addFlashAttribute("message", form.sign() ? "journal.signed" : "journal.draftSaved");
		return "redirect:/journal/" + id;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var page = journal.entry(user, id);
		model.addAttribute("page", page);
		model.addAttribute("entry", page.entry());
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		model.addAttribute("staff", staffNames(user));
		return "journal/entry";
	}

	@GetMapping("/{id}/edit")
	String initEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var draft = journal.draft(user, id, true);
		var entry = draft.entry();
		model.addAttribute("form",
				new EntryForm(entry.getType(), entry.getOccurredOn(), entry.getDurationMinutes(), entry.getThemes(),
						entry.getText() == null ? "" : entry.getText(), null, entry.getVersion(), entry.getLegalBasis(),
						entry.getLegalBasisNote()));
		return entryForm(user, draft.youth(), id, model);
	}

	@PostMapping("/{id}/edit")
	String processEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var draft = journal.draft(user, id, false);
		var content = checks.content(user, form, result);
		checks.checkGuardianContact(user, draft.youth().id(), form, content, result);
		if (result.hasErrors()) {
			return entryForm(user, draft.youth(), id, model);
		}
		journal.revise(user, id, form.version() == null ? -1 : form.version(), content, form.sign());
		redirect.addFlashAttribute("message", form.sign() ? "journal.signed" : "journal.draftSaved");
		return "redirect:/journal/" + id;
	}

	@PostMapping("/{id}/sign")
	String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		journal.draft(user, id, false);
		journal.sign(user, id);
		redirect.addFlashAttribute("message", "journal.signed");
		return "redirect:/journal/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		journal.draft(user, id, false);
		var youthId = journal.deleteDraft(user, id);
		redirect.addFlashAttribute("message", "journal.draftDeleted");
		return "redirect:/youth/" + youthId;
	}

	private String entryForm(CurrentUser user, no.feltlogg.youth.YouthSummary youth, @Nullable UUID entryId,
			Model model) {
		model.addAttribute("youth", youth);
		model.addAttribute("entryId", entryId);
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		return "journal/form";
	}

	private Map<UUID, String> staffNames(CurrentUser user) {
		var names = new java.util.HashMap<UUID, String>();
		for (StaffMember member : teams.activeStaff(user.requireTeamId())) {
			names.put(member.accountId(), member.displayName());
		}
		return names;
	}

}
