package no.feltlogg.youth;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/** A youth's consents: a new one given, one withdrawn. */
@Controller
@RequestMapping("/youth/{id}/consents")
class ConsentController {

	private final YouthRecords records;

	private final Catalog catalog;

	private final Clock clock;

	ConsentController(YouthRecords records, Catalog catalog, Clock clock) {
		this.records = records;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/new")
	String initConsentForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("form", ConsentForm.empty(YouthFormChecks.today(clock)));
		return consentForm(user, id, model);
	}

	@PostMapping("/new")
	String processConsentForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ConsentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		records.forEditing(user, id);
		var givenOn = YouthFormChecks.pastOrToday(form.givenOn(), "givenOn", YouthFormChecks.today(clock), result);
		YouthFormChecks.expiresAfterGiven(givenOn, form.expiresOn(), result);
		var service = form.serviceId() == null ? null
				: catalog.service(user.requireTeamId(), form.serviceId()).orElse(null);
		var serviceName = StringUtils.hasText(form.serviceName()) ? form.serviceName()
				: (service == null ? null : service.name());
		YouthFormChecks.sharingNamesService(form.scope(), serviceName, result);
		if (result.hasErrors() || givenOn == null) {
			return consentForm(user, id, model);
		}
		records.giveConsent(user, id, new NewConsent(form.scope(), service == null ? null : service.id(), serviceName,
				form.givenBy(), form.howGiven(), givenOn, form.expiresOn(), form.note()));
		redirect.addFlashAttribute("message", "youth.consent.saved");
		return "redirect:/youth/" + id;
	}

	@GetMapping("/{consentId}/withdraw")
	String initWithdrawForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID consentId, Model model) {
		model.addAttribute("form", new DateForm(YouthFormChecks.today(clock)));
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("consent",
				records.consentsToRead(user, id)
					.stream()
					.filter(c -> c.id().equals(consentId) && c.withdrawnOn() == null)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Consent")));
		return "youth/withdraw";
	}

	@PostMapping("/{consentId}/withdraw")
	String processWithdrawForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID consentId, @Valid @ModelAttribute("form") DateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var consent = consentOf(user, id, consentId);
		var on = YouthFormChecks.pastOrToday(form.date(), "date", YouthFormChecks.today(clock), result);
		YouthFormChecks.withdrawnAfterGiven(on, consent.givenOn(), result);
		if (result.hasErrors() || on == null) {
			model.addAttribute("youth", records.forEditing(user, id));
			model.addAttribute("consent", consent);
			return "youth/withdraw";
		}
		records.withdrawConsent(user, id, consentId, on);
		redirect.addFlashAttribute("message", consent.scope() == ConsentScope.REGISTRATION
				? "youth.consent.withdrawnRegistration" : "youth.consent.withdrawn");
		return "redirect:/youth/" + id;
	}

	private String consentForm(CurrentUser user, UUID id, Model model) {
		model.addAttribute("youth", records.forEditing(user, id));
		model.addAttribute("scopes", ConsentScope.values());
		model.addAttribute("services", catalog.activeServices(user.requireTeamId()));
		model.addAttribute("givers", ConsentGiver.values());
		model.addAttribute("hows", HowGiven.values());
		return "youth/consent";
	}

	private ConsentView consentOf(CurrentUser user, UUID id, UUID consentId) {
		return records.forEditing(user, id)
			.getConsents()
			.stream()
			.filter(c -> c.id().equals(consentId) && c.withdrawnOn() == null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Consent"));
	}

}
