package no.feltlogg.journal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.team.StaffMember;
import no.feltlogg.team.Teams;

/** Journal pages: writing, reading, signing and correcting entries, and anonymous conversations. */
@Controller
@RequestMapping("/journal")
class JournalController {

	private final Journal journal;

	private final Catalog catalog;

	private final Teams teams;

	JournalController(Journal journal, Catalog catalog, Teams teams) {
		this.journal = journal;
		this.catalog = catalog;
		this.teams = teams;
	}

	@ModelAttribute("types")
	EntryType[] types() {
		return EntryType.values();
	}

	@ModelAttribute("legalBases")
	GuardianContactBasis[] legalBases() {
		return GuardianContactBasis.values();
	}

	@GetMapping("/new")
	String initNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth, Model model) {
		model.addAttribute("form", EntryForm.empty());
		return entryForm(user, journal.youthForNewEntry(user, youth), null, model);
	}

	@PostMapping("/new")
	String processNewForm(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID youth,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var summary = journal.youthForNewEntry(user, youth);
		var content = content(user, form, result);
		checkGuardianContact(user, youth, form, content, result);
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
		model.addAttribute("form", new EntryForm(entry.getType(), DateFormats.DATE.format(entry.getOccurredOn()),
				entry.getDurationMinutes(), entry.getThemes(), entry.getText() == null ? "" : entry.getText(), null,
				entry.getVersion(), entry.getLegalBasis(), entry.getLegalBasisNote()));
		return entryForm(user, draft.youth(), id, model);
	}

	@PostMapping("/{id}/edit")
	String processEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var draft = journal.draft(user, id, false);
		var content = content(user, form, result);
		checkGuardianContact(user, draft.youth().id(), form, content, result);
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

	@GetMapping("/{id}/correct")
	String initCorrectionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var corrected = journal.toCorrect(user, id, true);
		model.addAttribute("form", new EntryForm(corrected.type(), FormDates.today(), null, corrected.themes(), "",
				null, 0L, null, null));
		return correctionForm(user, corrected, model);
	}

	@PostMapping("/{id}/correct")
	String processCorrectionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var corrected = journal.toCorrect(user, id, false);
		var content = content(user, form, result);
		if (corrected.youthId() != null) {
			checkGuardianContact(user, corrected.youthId(), form, content, result);
		}
		if (result.hasErrors()) {
			return correctionForm(user, corrected, model);
		}
		var correction = journal.correct(user, id, content, form.sign());
		redirect.addFlashAttribute("message", "journal.correctionSaved");
		return "redirect:/journal/" + correction;
	}

	@GetMapping("/anonymous")
	String anonymous(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("conversations", journal.anonymousConversations(user));
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "journal/anonymous";
	}

	@GetMapping("/anonymous/new")
	String initAnonymousForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", AnonymousForm.empty());
		return anonymousForm(user, model);
	}

	@PostMapping("/anonymous/new")
	String processAnonymousForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") AnonymousForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var date = FormDates.pastOrToday(form.occurredOn());
		if (!result.hasFieldErrors("occurredOn") && date.isEmpty()) {
			FormErrors.reject(result, "occurredOn", "journal.date.invalid");
		}
		if (form.type() != null && !form.type().isConversation()) {
			FormErrors.reject(result, "type", "journal.anonymous.conversationOnly");
		}
		var themes = themes(user, form.themes());
		if (result.hasErrors()) {
			return anonymousForm(user, model);
		}
		journal.recordAnonymous(user, form.type(), date.get(), form.durationMinutes(), themes);
		redirect.addFlashAttribute("message", "journal.anonymous.saved");
		return "redirect:/journal/anonymous";
	}

	@ExceptionHandler(ClosedRecordException.class)
	String closedRecord(ClosedRecordException refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "journal.closedRecord");
		return "redirect:/youth/" + refused.youthId();
	}

	@ExceptionHandler(NotYourDraftException.class)
	String notYourDraft(NotYourDraftException refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "journal.notYourDraft");
		return "redirect:/journal/" + refused.entryId();
	}

	private EntryContent content(CurrentUser user, EntryForm form, BindingResult result) {
		var date = FormDates.pastOrToday(form.occurredOn());
		if (!result.hasFieldErrors("occurredOn") && date.isEmpty()) {
			FormErrors.reject(result, "occurredOn", "journal.date.invalid");
		}
		var themes = themes(user, form.themes());
		if (result.hasErrors()) {
			return null;
		}
		// a basis without its grounds is answered at the field (checkGuardianContact), never stored
		boolean basis = form.type() == EntryType.GUARDIANS && form.legalBasis() != null
				&& form.legalBasisNote() != null && !form.legalBasisNote().isBlank();
		return new EntryContent(form.type(), date.get(), form.durationMinutes(), themes, form.text(),
				basis ? form.legalBasis() : null, basis ? form.legalBasisNote() : null);
	}

	/**
	 * A contact with the youth's guardians needs her consent to it (GUARDIAN_CONTACT, in force on the day) or a
	 * written legal basis, the duty to inform or to avert harm; otherwise it is refused, with the reason at the field
	 * (ADR 0038).
	 */
	private void checkGuardianContact(CurrentUser user, UUID youthId, EntryForm form, @Nullable EntryContent content,
			BindingResult result) {
		if (form.type() != EntryType.GUARDIANS) {
			return;
		}
		if (form.legalBasis() != null) {
			if (form.legalBasisNote() == null || form.legalBasisNote().isBlank()) {
				FormErrors.reject(result, "legalBasisNote", "journal.guardians.groundsRequired");
			}
			return;
		}
		if (content != null && !journal.guardianContactConsented(user, youthId, content.occurredOn())) {
			FormErrors.reject(result, "type", "journal.guardians.refused");
		}
	}

	/** The themes chosen, limited to the team's theme codes. */
	private List<String> themes(CurrentUser user, @Nullable List<String> chosen) {
		if (chosen == null) {
			return List.of();
		}
		var known = catalog.labels(user.requireTeamId(), CodeKind.THEME).keySet();
		return chosen.stream().filter(known::contains).distinct().toList();
	}

	private String entryForm(CurrentUser user, no.feltlogg.youth.YouthSummary youth, @Nullable UUID entryId,
			Model model) {
		model.addAttribute("youth", youth);
		model.addAttribute("entryId", entryId);
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		return "journal/form";
	}

	private String correctionForm(CurrentUser user, JournalEntryView corrected, Model model) {
		model.addAttribute("corrected", corrected);
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		model.addAttribute("themes", catalog.labels(user.requireTeamId(), CodeKind.THEME));
		return "journal/correct";
	}

	private String anonymousForm(CurrentUser user, Model model) {
		model.addAttribute("themeOptions", catalog.active(user.requireTeamId(), CodeKind.THEME));
		model.addAttribute("conversationTypes", List.of(EntryType.FOLLOW_UP, EntryType.PHONE_DIGITAL));
		return "journal/anonymous-form";
	}

	private Map<UUID, String> staffNames(CurrentUser user) {
		var names = new java.util.HashMap<UUID, String>();
		for (StaffMember member : teams.activeStaff(user.requireTeamId())) {
			names.put(member.accountId(), member.displayName());
		}
		return names;
	}

}
