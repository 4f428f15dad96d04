package no.feltlogg.youth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page for the youth: what the team keeps about them, for how long, and how to ask for access, correction, erasure
 * or restriction (ADR 0039). Public: a worker shows it on the phone or prints it, before the youth consents, and the
 * youth can open it again at home. It holds nothing about any person.
 */
@Controller
class YouthInformationController {

	private final int recordMonths;

	private final int accessLogYears;

	private final String contact;

	YouthInformationController(@Value("${feltlogg.rights.record-kept-months:12}") int recordMonths,
			@Value("${feltlogg.rights.access-log-kept-years:10}") int accessLogYears,
			@Value("${feltlogg.rights.contact:}") String contact) {
		this.recordMonths = recordMonths;
		this.accessLogYears = accessLogYears;
		this.contact = contact.strip();
	}

	@GetMapping("/rights")
	String rights(Model model) {
		model.addAttribute("recordMonths", recordMonths);
		model.addAttribute("accessLogYears", accessLogYears);
		model.addAttribute("contact", contact);
		return "youth/rights";
	}

}
