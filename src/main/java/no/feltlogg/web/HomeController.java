package no.feltlogg.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.feltlogg.fieldwork.Fieldwork;
import no.feltlogg.measures.Measures;
import no.feltlogg.referrals.Referrals;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.statistics.TeamMonth;
import no.feltlogg.team.SecurityLog;

/** The home page, one per role. */
@Controller
class HomeController {

	private final Fieldwork fieldwork;

	private final Referrals referrals;

	private final SecurityLog securityLog;

	private final Measures measures;

	private final TeamMonth teamMonth;

	HomeController(Fieldwork fieldwork, Referrals referrals, SecurityLog securityLog, Measures measures,
			TeamMonth teamMonth) {
		this.teamMonth = teamMonth;
		this.fieldwork = fieldwork;
		this.referrals = referrals;
		this.securityLog = securityLog;
		this.measures = measures;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		return switch (user.role()) {
			case WORKER, LEADER -> {
				model.addAttribute("openShift", fieldwork.openShift(user).orElse(null));
				model.addAttribute("referralReminders", referrals.reminders(user));
				model.addAttribute("measureReminders", measures.evaluationsDue(user));
				if (user.isLeader()) {
					model.addAttribute("accountChanges", securityLog.recentAccountChanges(user));
					model.addAttribute("teamMonth", teamMonth.figures(user));
				}
				yield user.role() == no.feltlogg.shared.Role.WORKER ? "home/worker" : "home/leader";
			}
			case SLT -> "home/slt";
			case ADMIN -> "home/admin";
		};
	}

}
