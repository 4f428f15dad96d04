package no.feltlogg.youth;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.feltlogg.retention.RetentionRules;
import no.feltlogg.retention.RuleKind;
import no.feltlogg.shared.CurrentUser;

/**
 * The page for the youth: what the team keeps about them, for how long, and how to ask
 * for access, correction, erasure or restriction (ADR 0039). Public: a worker shows it on
 * the phone or prints it, before the youth consents, and the youth can open it again at
 * home. It holds nothing about any person. The periods are the municipality's confirmed
 * retention rules (ADR 0034); where none is confirmed yet, the configured ones.
 */
@Controller
class YouthInformationController {

	private final RetentionRules rules;

	private final int recordMonths;

	private final int accessLogMonths;

	private final String contact;

	YouthInformationController(RetentionRules rules,
			@Value("${feltlogg.rights.record-kept-months:12}") int recordMonths,
			@Value("${feltlogg.rights.access-log-kept-years:10}") int accessLogYears,
			@Value("${feltlogg.rights.contact:}") String contact) {
		this.rules = rules;
		this.recordMonths = recordMonths;
		this.accessLogMonths = accessLogYears * 12;
		this.contact = contact.strip();
	}

	@GetMapping("/rights")
	String rights(@AuthenticationPrincipal @Nullable CurrentUser user, Model model) {
		var municipality = user == null ? null : user.municipalityId();
		model.addAttribute("recordMonths",
				rules.confirmedMonths(municipality, RuleKind.YOUTH_RECORD).orElse(recordMonths));
		int logMonths = rules.confirmedMonths(municipality, RuleKind.ACCESS_LOG).orElse(accessLogMonths);
		model.addAttribute("accessLogMonths", logMonths);
		model.addAttribute("accessLogYears", logMonths % 12 == 0 ? logMonths / 12 : null);
		model.addAttribute("contact", contact);
		return "youth/rights";
	}

}
