package no.feltlogg.team;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.feltlogg.shared.CurrentUser;

/**
 * The security log: the whole municipality's for administrators, her own team's for a
 * leader.
 */
@Controller
class SecurityLogController {

	private final SecurityLog securityLog;

	SecurityLogController(SecurityLog securityLog) {
		this.securityLog = securityLog;
	}

	@GetMapping("/admin/security-log")
	String municipality(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("rows", securityLog.forMunicipality(admin));
		model.addAttribute("heading", "security.log.municipality");
		return "team/security-log";
	}

	@GetMapping("/team/security-log")
	String team(@AuthenticationPrincipal CurrentUser leader, Model model) {
		model.addAttribute("rows", securityLog.forTeam(leader));
		model.addAttribute("heading", "security.log.team");
		return "team/security-log";
	}

}
