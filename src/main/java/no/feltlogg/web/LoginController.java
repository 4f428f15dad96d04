package no.feltlogg.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.feltlogg.shared.Oslo;
import no.feltlogg.team.SignInFailureHandler;

@Controller
class LoginController {

	private static final DateTimeFormatter RETRY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Clock clock;

	private final ObjectProvider<ClientRegistrationRepository> municipalProvider;

	private final java.time.Duration absoluteLifetime;

	LoginController(Clock clock, ObjectProvider<ClientRegistrationRepository> municipalProvider,
			@org.springframework.beans.factory.annotation.Value("${feltlogg.session.absolute-lifetime:12h}") java.time.Duration absoluteLifetime) {
		this.clock = clock;
		this.absoluteLifetime = absoluteLifetime;
		this.municipalProvider = municipalProvider;
	}

	/**
	 * A person the municipality's identity provider knows, and Feltlogg does not:
	 * refused, never created.
	 */
	@GetMapping("/login/unknown")
	String unknown() {
		return "login-unknown";
	}

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout,
			@RequestParam(required = false) @Nullable String ended,
			@RequestParam(required = false) @Nullable String expired,
			@RequestParam(required = false) @Nullable String lifetime, HttpSession session, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		var clients = municipalProvider.getIfAvailable();
		model.addAttribute("municipalLogin", clients != null && clients.findByRegistrationId("kommune") != null);
		model.addAttribute("failed", error != null);
		if (error != null && session.getAttribute(SignInFailureHandler.RETRY_AT) instanceof Instant retryAt
				&& retryAt.isAfter(clock.instant())) {
			model.addAttribute("retryAt", RETRY_TIME.format(retryAt.atZone(Oslo.ZONE)));
		}
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("ended", ended != null);
		model.addAttribute("expired", expired != null);
		model.addAttribute("lifetimeOver", lifetime != null);
		model.addAttribute("lifetimeHours", absoluteLifetime.toHours());
		return "login";
	}

}
