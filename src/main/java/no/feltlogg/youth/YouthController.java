package no.feltlogg.youth;

import java.time.Clock;
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

import no.feltlogg.audit.AccessLog;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Gender;

/**
 * The worker's pages for registered youths: search, my youths, registration, the record,
 * corrections of its details, closing and reopening. Consents, priority, concerns and the
 * need-to-know reason have controllers of their own.
 */
@Controller
@RequestMapping("/youth")
class YouthController {

	private final YouthRecords records;

	private final TeamChoices choices;

	private final StaffNames staffNames;

	private final Catalog catalog;

	private final AccessLog accessLog;

	private final YouthRights rights;

	private final Clock clock;

	YouthController(YouthRecords records, TeamChoices choices, StaffNames staffNames, Catalog catalog,
			AccessLog accessLog, YouthRights rights, Clock clock) {
		this.records = records;
		this.choices = choices;
		this.staffNames = staffNames;
		this.catalog = catalog;
		this.accessLog = accessLog;
		this.rights = rights;
		this.clock = clock;
	}

	@ModelAttribute("genders")
	Gender[] genders() {
		return Gender.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable UUID school, @RequestParam(defaultValue = "false") boolean closed,
			Model model) {
		boolean searching = q != null || year != null || school != null;
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("year", year);
		model.addAttribute("closed", closed);
		model.addAttribute("school", school);
		model.addAttribute("schools", catalog.all(user.requireTeamId(), CodeKind.SCHOOL));
		model.addAttribute("searching", searching);
		var youths = searching ? records.search(user, q == null ? "" : q, year, school, closed) : records.mine(user);
		accessLog.listed(user, searching ? Subjects.LIST_SEARCH.code() : Subjects.LIST_MINE.code(),
				youths.stream().map(YouthSummary::id).toList());
		model.addAttribute("youths", youths);
		model.addAttribute("processingRestricted",
				rights.restrictedAmong(youths.stream().map(YouthSummary::id).toList()));
		model.addAttribute("today", YouthFormChecks.today(clock));
		return "youth/list";
	}

	@GetMapping("/new")
	String initRegistrationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", RegistrationForm.empty(user.accountId(), YouthFormChecks.today(clock)));
		return registrationForm(user, model);
	}

	@PostMapping("/new")
	String processRegistrationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var today = YouthFormChecks.today(clock);
		var birth = YouthFormChecks.birth(form.birth(), today, result);
		var consentDate = YouthFormChecks.pastOrToday(form.consentDate(), "consentDate", today, result);
		choices.checkSchool(user, form.schoolId(), result);
		YouthFormChecks.registrationConsent(form.consentGiven(), form.consentGivenBy(), result);
		if (result.hasErrors() || birth == null || consentDate == null) {
			return registrationForm(user, model);
		}
		if (!Boolean.TRUE.equals(form.duplicatesSeen())) {
			var duplicates = records.possibleDuplicates(user, form.name(), birth);
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return registrationForm(user, model);
			}
		}
		var details = new YouthDetails(form.name(), birth, form.gender(), form.phone(), form.schoolId(),
				form.homeMunicipality(), choices.contacts(user, form.contactIds()),
				Boolean.TRUE.equals(form.restricted()));
		var id = records.register(user, details,
				NewConsent.registration(form.consentGivenBy(), form.consentHow(), consentDate));
		redirect.addFlashAttribute("message", "youth.registered");
		return "redirect:/youth/" + id;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var page = records.page(user, id);
		model.addAttribute("page", page);
		model.addAttribute("youth", page.youth());
		model.addAttribute("rights", rights.panel(user, page.youth()));
		model.addAttribute("staff", staffNames.of(page.youth().getTeamId()));
		model.addAttribute("schoolName", page.youth().getSchoolId() == null ? null
				: catalog.find(user.requireTeamId(), page.youth().getSchoolId()).map(CodeItem::label).orElse(null));
		return "youth/detail";
	}

	@GetMapping("/{id}/edit")
	String initEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var youth = records.detailsForEditing(user, id);
		model.addAttribute("form", DetailsForm.of(youth));
		return editForm(user, youth, model);
	}

	@PostMapping("/{id}/edit")
	String processEditForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") DetailsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		var birth = YouthFormChecks.birth(form.birth(), YouthFormChecks.today(clock), result);
		choices.checkSchool(user, form.schoolId(), result);
		if (youth.isRestricted() && !Boolean.TRUE.equals(form.restricted()) && YouthAccess.needsReason(user, youth)) {
			FormErrors.reject(result, "restricted", "youth.restricted.liftNotAllowed");
		}
		if (result.hasErrors() || birth == null) {
			return editForm(user, youth, model);
		}
		records.correct(user, id, form.version() == null ? -1 : form.version(),
				new YouthDetails(form.name(), birth, form.gender(), form.phone(), form.schoolId(),
						form.homeMunicipality(), choices.contacts(user, form.contactIds()),
						Boolean.TRUE.equals(form.restricted())));
		redirect.addFlashAttribute("message", "youth.saved");
		return "redirect:/youth/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		records.close(user, id);
		redirect.addFlashAttribute("message", "youth.closed");
		return "redirect:/youth/" + id;
	}

	@PostMapping("/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		if (!youth.hasRegistrationConsentOn(YouthFormChecks.today(clock))) {
			redirect.addFlashAttribute("error", "youth.reopen.noConsent");
		}
		else {
			records.reopen(user, id);
			redirect.addFlashAttribute("message", "youth.reopened");
		}
		return "redirect:/youth/" + id;
	}

	private String registrationForm(CurrentUser user, Model model) {
		choices.offer(user, model);
		model.addAttribute("givers", ConsentGiver.values());
		model.addAttribute("hows", HowGiven.values());
		return "youth/new";
	}

	private String editForm(CurrentUser user, Youth youth, Model model) {
		model.addAttribute("youth", youth);
		choices.offer(user, model);
		return "youth/edit";
	}

}
