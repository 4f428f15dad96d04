package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.Set;
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
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.Oslo;
import no.feltlogg.team.Teams;

/** The worker's pages for registered youths: search, my youths, registration, the record and its changes. */
@Controller
@RequestMapping("/youth")
class YouthController {

	private final YouthRecords records;

	private final Teams teams;

	private final StaffNames staffNames;

	private final Catalog catalog;

	private final AccessLog accessLog;

	private final YouthRights rights;

	YouthController(YouthRecords records, Teams teams, StaffNames staffNames, Catalog catalog, AccessLog accessLog,
			YouthRights rights) {
		this.records = records;
		this.teams = teams;
		this.staffNames = staffNames;
		this.catalog = catalog;
		this.accessLog = accessLog;
		this.rights = rights;
	}

	@ModelAttribute("genders")
	Gender[] genders() {
		return Gender.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable UUID school,
			@RequestParam(defaultValue = "false") boolean closed, Model model) {
		boolean searching = q != null || year != null || school != null;
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("year", year);
		model.addAttribute("closed", closed);
		model.addAttribute("school", school);
		model.addAttribute("schools", catalog.all(user.requireTeamId(), CodeKind.SCHOOL));
		model.addAttribute("searching", searching);
		var youths = searching ? records.search(user, q == null ? "" : q, year, school, closed) : records.mine(user);
		accessLog.listed(user, searching ? Subjects.LIST_SEARCH : Subjects.LIST_MINE,
				youths.stream().map(YouthSummary::id).toList());
		model.addAttribute("youths", youths);
		model.addAttribute("processingRestricted", rights.restrictedAmong(youths.stream().map(YouthSummary::id).toList()));
		model.addAttribute("today", LocalDate.now(Oslo.ZONE));
		return "youth/list";
	}

	@GetMapping("/new")
	String initRegistrationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", RegistrationForm.empty(user.accountId()));
		return registrationForm(user, model);
	}

	@PostMapping("/new")
	String processRegistrationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var today = LocalDate.now(Oslo.ZONE);
		var birth = Birth.parse(form.birth(), today);
		if (!result.hasFieldErrors("birth") && birth.isEmpty()) {
			FormErrors.reject(result, "birth", "youth.birth.invalid");
		}
		var consentDate = FormDates.parse(form.consentDate());
		if (!result.hasFieldErrors("consentDate") && (consentDate.isEmpty() || consentDate.get().isAfter(today))) {
			FormErrors.reject(result, "consentDate", "youth.date.invalid");
		}
		checkSchool(user, form.schoolId(), result);
		if (!Boolean.TRUE.equals(form.consentGiven())) {
			FormErrors.reject(result, "consentGiven", "youth.consent.required");
		}
		if (!result.hasFieldErrors("consentGivenBy") && form.consentGivenBy() == ConsentGiver.GUARDIAN) {
			// registering by name needs the youth's own consent; a guardian's alone is not enough (ADR 0038)
			FormErrors.reject(result, "consentGivenBy", "youth.consent.youthsOwnRequired");
		}
		if (result.hasErrors()) {
			return registrationForm(user, model);
		}
		if (!Boolean.TRUE.equals(form.duplicatesSeen())) {
			var duplicates = records.possibleDuplicates(user, form.name(), birth.get());
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return registrationForm(user, model);
			}
		}
		var details = new YouthDetails(form.name(), birth.get(), form.gender(), form.phone(), form.schoolId(),
				form.homeMunicipality(), contacts(user, form.contactIds()), Boolean.TRUE.equals(form.restricted()));
		var id = records.register(user, details,
				NewConsent.registration(form.consentGivenBy(), form.consentHow(), consentDate.get()));
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
		var birth = Birth.parse(form.birth(), LocalDate.now(Oslo.ZONE));
		if (!result.hasFieldErrors("birth") && birth.isEmpty()) {
			FormErrors.reject(result, "birth", "youth.birth.invalid");
		}
		checkSchool(user, form.schoolId(), result);
		if (youth.isRestricted() && !Boolean.TRUE.equals(form.restricted()) && YouthAccess.needsReason(user, youth)) {
			FormErrors.reject(result, "restricted", "youth.restricted.liftNotAllowed");
		}
		if (result.hasErrors()) {
			return editForm(user, youth, model);
		}
		records.correct(user, id, form.version() == null ? -1 : form.version(),
				new YouthDetails(form.name(), birth.get(), form.gender(), form.phone(), form.schoolId(),
						form.homeMunicipality(), contacts(user, form.contactIds()),
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
		if (!youth.hasRegistrationConsentOn(LocalDate.now(Oslo.ZONE))) {
			redirect.addFlashAttribute("error", "youth.reopen.noConsent");
		}
		else {
			records.reopen(user, id);
			redirect.addFlashAttribute("message", "youth.reopened");
		}
		return "redirect:/youth/" + id;
	}

	@GetMapping("/{id}/priority")
	String initPriorityForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		var youth = records.forEditing(user, id);
		model.addAttribute("form", new PriorityForm(null, FormDates.today(), "", youth.getVersion()));
		return priorityForm(user, id, model);
	}

	@PostMapping("/{id}/priority")
	String processPriorityForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") PriorityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		if (form.level() != null && form.level() == youth.getPriority()) {
			FormErrors.reject(result, "level", "youth.priority.same");
		}
		var date = pastOrToday(form.date(), "date", result);
		if (result.hasErrors()) {
			return priorityForm(user, id, model);
		}
		records.changePriority(user, id, form.version() == null ? -1 : form.version(), form.level(), date,
				form.reason());
		redirect.addFlashAttribute("message", "youth.priority.changed");
		return "redirect:/youth/" + id;
	}

	@GetMapping("/{id}/consents/new")
	String initConsentForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("form", ConsentForm.empty());
		return consentForm(user, id, model);
	}

	@PostMapping("/{id}/consents/new")
	String processConsentForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ConsentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		records.forEditing(user, id);
		var givenOn = pastOrToday(form.givenOn(), "givenOn", result);
		LocalDate expiresOn = null;
		if (form.expiresOn() != null && !form.expiresOn().isBlank()) {
			expiresOn = FormDates.parse(form.expiresOn()).orElse(null);
			if (expiresOn == null || (givenOn != null && expiresOn.isBefore(givenOn))) {
				FormErrors.reject(result, "expiresOn", "youth.consent.expiresOn.invalid");
			}
		}
		var service = form.serviceId() == null ? null
				: catalog.service(user.requireTeamId(), form.serviceId()).orElse(null);
		var serviceName = form.serviceName() == null || form.serviceName().isBlank()
				? (service == null ? null : service.name()) : form.serviceName();
		if (form.scope() == ConsentScope.SHARING && serviceName == null) {
			FormErrors.reject(result, "serviceName", "youth.consent.service.required");
		}
		if (result.hasErrors()) {
			return consentForm(user, id, model);
		}
		records.giveConsent(user, id, new NewConsent(form.scope(), service == null ? null : service.id(),
				serviceName, form.givenBy(), form.howGiven(), givenOn, expiresOn, form.note()));
		redirect.addFlashAttribute("message", "youth.consent.saved");
		return "redirect:/youth/" + id;
	}

	@GetMapping("/{id}/consents/{consentId}/withdraw")
	String initWithdrawForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID consentId, Model model) {
		model.addAttribute("form", new DateForm(FormDates.today()));
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("consent", records.consentsToRead(user, id)
			.stream()
			.filter(c -> c.id().equals(consentId) && c.withdrawnOn() == null)
			.findFirst()
			.orElseThrow(() -> new no.feltlogg.shared.NotFoundException("Consent")));
		return "youth/withdraw";
	}

	@PostMapping("/{id}/consents/{consentId}/withdraw")
	String processWithdrawForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID consentId, @Valid @ModelAttribute("form") DateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var consent = consentOf(user, id, consentId);
		var on = pastOrToday(form.date(), "date", result);
		if (on != null && on.isBefore(consent.givenOn())) {
			FormErrors.reject(result, "date", "youth.consent.withdrawBeforeGiven");
		}
		if (result.hasErrors()) {
			return withdrawForm(user, id, consentId, model);
		}
		records.withdrawConsent(user, id, consentId, on);
		redirect.addFlashAttribute("message", consent.scope() == ConsentScope.REGISTRATION
				? "youth.consent.withdrawnRegistration" : "youth.consent.withdrawn");
		return "redirect:/youth/" + id;
	}

	@GetMapping("/{id}/concerns/new")
	String initConcernForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("form", new ConcernForm(null, FormDates.today(), ""));
		return concernForm(user, id, model);
	}

	@PostMapping("/{id}/concerns/new")
	String processConcernForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ConcernForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		if (form.criterion() != null && youth.getConcerns()
			.stream()
			.anyMatch(c -> c.isCurrent() && c.getCriterion() == form.criterion())) {
			FormErrors.reject(result, "criterion", "youth.concern.alreadyNoted");
		}
		var on = pastOrToday(form.notedOn(), "notedOn", result);
		if (result.hasErrors()) {
			return concernForm(user, id, model);
		}
		records.noteConcern(user, id, form.criterion(), on, form.note());
		redirect.addFlashAttribute("message", "youth.concern.saved");
		return "redirect:/youth/" + id;
	}

	@PostMapping("/{id}/concerns/{concernId}/end")
	String endConcern(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID concernId,
			RedirectAttributes redirect) {
		var youth = records.forEditing(user, id);
		var concern = youth.getConcerns()
			.stream()
			.filter(c -> c.getId().equals(concernId))
			.findFirst()
			.orElseThrow(() -> new no.feltlogg.shared.NotFoundException("Concern"));
		if (concern.isCurrent()) {
			var today = LocalDate.now(Oslo.ZONE);
			records.endConcern(user, id, concernId, today.isBefore(concern.getNotedOn()) ? concern.getNotedOn() : today);
			redirect.addFlashAttribute("message", "youth.concern.ended");
		}
		return "redirect:/youth/" + id;
	}

	@GetMapping("/{id}/need-to-know")
	String initReasonForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		records.requireInTeam(user, id);
		model.addAttribute("youthId", id);
		model.addAttribute("form", new ReasonForm(""));
		return "youth/need-to-know";
	}

	@PostMapping("/{id}/need-to-know")
	String processReasonForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult result, Model model) {
		records.requireInTeam(user, id);
		if (!result.hasFieldErrors("reason") && !ReasonForm.saysSomething(form.reason())) {
			FormErrors.reject(result, "reason", "youth.needToKnow.reason.vague");
		}
		if (result.hasErrors()) {
			model.addAttribute("youthId", id);
			return "youth/need-to-know";
		}
		records.giveReason(user, id, form.reason());
		return "redirect:/youth/" + id;
	}

	private String registrationForm(CurrentUser user, Model model) {
		model.addAttribute("staffMembers", teams.activeStaff(user.requireTeamId()));
		model.addAttribute("schools", catalog.active(user.requireTeamId(), CodeKind.SCHOOL));
		model.addAttribute("givers", ConsentGiver.values());
		model.addAttribute("hows", HowGiven.values());
		return "youth/new";
	}

	private String editForm(CurrentUser user, Youth youth, Model model) {
		model.addAttribute("youth", youth);
		model.addAttribute("staffMembers", teams.activeStaff(user.requireTeamId()));
		model.addAttribute("schools", catalog.active(user.requireTeamId(), CodeKind.SCHOOL));
		return "youth/edit";
	}

	private String priorityForm(CurrentUser user, UUID id, Model model) {
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("levels", PriorityLevel.values());
		return "youth/priority";
	}

	private String consentForm(CurrentUser user, UUID id, Model model) {
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("scopes", ConsentScope.values());
		model.addAttribute("services", catalog.activeServices(user.requireTeamId()));
		model.addAttribute("givers", ConsentGiver.values());
		model.addAttribute("hows", HowGiven.values());
		return "youth/consent";
	}

	private String withdrawForm(CurrentUser user, UUID id, UUID consentId, Model model) {
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("consent", consentOf(user, id, consentId));
		return "youth/withdraw";
	}

	private String concernForm(CurrentUser user, UUID id, Model model) {
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("criteria", ConcernCriterion.values());
		return "youth/concern";
	}

	private ConsentView consentOf(CurrentUser user, UUID id, UUID consentId) {
		return records.forEditing(user, id)
			.getConsents()
			.stream()
			.filter(c -> c.id().equals(consentId) && c.withdrawnOn() == null)
			.findFirst()
			.orElseThrow(() -> new no.feltlogg.shared.NotFoundException("Consent"));
	}

	/** A school must be one of the team's own. */
	private void checkSchool(CurrentUser user, @Nullable UUID schoolId, BindingResult result) {
		if (schoolId != null && catalog.find(user.requireTeamId(), schoolId)
			.filter(s -> s.kind() == CodeKind.SCHOOL)
			.isEmpty()) {
			FormErrors.reject(result, "schoolId", "youth.school.unknown");
		}
	}

	/** Parses a date that cannot lie in the future; rejects the field otherwise. */
	private static @Nullable LocalDate pastOrToday(@Nullable String text, String field, BindingResult result) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		var date = FormDates.parse(text);
		if (date.isEmpty() || date.get().isAfter(LocalDate.now(Oslo.ZONE))) {
			FormErrors.reject(result, field, "youth.date.invalid");
			return null;
		}
		return date.get();
	}

	/** The contact workers chosen, limited to the team's staff; the registering worker when none is chosen. */
	private Set<UUID> contacts(CurrentUser user, @Nullable Set<UUID> chosen) {
		var staff = teams.activeStaff(user.requireTeamId())
			.stream()
			.map(no.feltlogg.team.StaffMember::accountId)
			.collect(java.util.stream.Collectors.toSet());
		var contacts = chosen == null ? Set.<UUID>of() : chosen;
		var valid = contacts.stream().filter(staff::contains).collect(java.util.stream.Collectors.toSet());
		return valid.isEmpty() ? Set.of(user.accountId()) : valid;
	}

}
