package no.feltlogg.referrals;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;

/**
 * The leader's overview of referrals: notifications of referrals made under a duty,
 * marked seen one by one, and the team's referrals past their follow-up date or under a
 * withdrawn consent. Leaders only (the service says so).
 */
@Controller
@RequestMapping("/referrals")
class ReferralLeaderController {

	private final Referrals referrals;

	private final AccessLog accessLog;

	ReferralLeaderController(Referrals referrals, AccessLog accessLog) {
		this.referrals = referrals;
		this.accessLog = accessLog;
	}

	@GetMapping("/overview")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		var overview = referrals.overview(user);
		accessLog.listed(user, Subjects.LIST_OVERVIEW.code(),
				java.util.stream.Stream.of(overview.awaiting(), overview.seen(), overview.overdue(), overview.flagged())
					.flatMap(List::stream)
					.map(ReferralLine::youthId)
					.toList());
		model.addAttribute("overview", overview);
		return "referrals/overview";
	}

	/**
	 * Marks a notification seen; back to the overview, or to the referral when it was
	 * seen there.
	 */
	@PostMapping("/{id}/seen")
	String markSeen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "overview") String back, RedirectAttributes redirect) {
		referrals.markSeen(user, id);
		redirect.addFlashAttribute("message", "referrals.notification.markedSeen");
		return "referral".equals(back) ? "redirect:/referrals/" + id : "redirect:/referrals/overview";
	}

}
