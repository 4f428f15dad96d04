package no.feltlogg.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;
import no.feltlogg.shared.ReportingPeriod;

/**
 * The team's schools with their contacts and the last time the team was there; the leader
 * names the contacts.
 */
@Controller
@RequestMapping("/information/schools")
class SchoolController {

	private final SchoolContacts contacts;

	private final InformationChecks checks;

	private final InformationCounts counts;

	private final Clock clock;

	SchoolController(SchoolContacts contacts, InformationChecks checks, InformationCounts counts, Clock clock) {
		this.contacts = contacts;
		this.checks = checks;
		this.counts = counts;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("schools", contacts.schools(user));
		// the coverage the report states, over the last twelve months up to today
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		model.addAttribute("coverage", counts.schoolCoverage(user.requireTeamId(),
				new ReportingPeriod(today.minusYears(1).plusDays(1), today.plusDays(1))));
		return "information/schools";
	}

	@GetMapping("/{schoolId}")
	String initContactsForm(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID schoolId, Model model) {
		leaderOnly(leader);
		model.addAttribute("school", contacts.school(leader, schoolId));
		model.addAttribute("chosen", contacts.contacts(leader, schoolId));
		model.addAttribute("staff", checks.staff(leader.requireTeamId()));
		return "information/school-contacts";
	}

	@PostMapping("/{schoolId}")
	String processContactsForm(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID schoolId,
			@RequestParam(required = false) @Nullable List<UUID> contactIds, RedirectAttributes redirect) {
		leaderOnly(leader);
		var chosen = contactIds == null ? List.<UUID>of() : contactIds;
		var staff = checks.staff(leader.requireTeamId()).stream().map(s -> s.accountId()).toList();
		// someone who left the team since the form was opened is simply not kept
		contacts.assign(leader, schoolId, chosen.stream().filter(staff::contains).toList());
		redirect.addFlashAttribute("message", "information.school.saved");
		return "redirect:/information/schools";
	}

	private static void leaderOnly(CurrentUser user) {
		if (!user.isLeader()) {
			throw new AccessDeniedException("Only the leader names school contacts");
		}
	}

}
