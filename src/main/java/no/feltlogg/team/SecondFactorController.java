package no.feltlogg.team;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.Oslo;

/**
 * The second factor's enrolment by QR code or typed secret, its recovery codes and the
 * person's passkeys; the page that asks for it at sign-in is
 * {@link SecondFactorSignInController}.
 */
@Controller
class SecondFactorController {

	static final String SIGN_IN_PAGE = "/login/second-factor";

	static final String ENROL_PAGE = "/account/second-factor";

	private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final SecondFactors secondFactors;

	private final Passkeys passkeys;

	private final SignedInSessions sessions;

	private final SecurityLog securityLog;

	private final Clock clock;

	SecondFactorController(SecondFactors secondFactors, Passkeys passkeys, SignedInSessions sessions,
			SecurityLog securityLog, Clock clock) {
		this.secondFactors = secondFactors;
		this.passkeys = passkeys;
		this.sessions = sessions;
		this.securityLog = securityLog;
		this.clock = clock;
	}

	@GetMapping(ENROL_PAGE)
	String enrolForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable String passkey, HttpSession session, Model model) {
		addPasskeys(user, model);
		if (passkey != null && !model.containsAttribute("message")) {
			model.addAttribute("message", "passkeys.registered");
		}
		if (secondFactors.totpEnrolled(user.accountId())) {
			model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(user.accountId()));
			return "account/second-factor-status";
		}
		model.addAttribute("form", SecondFactorForm.empty());
		return enrolPage(user, session, model);
	}

	@PostMapping(ENROL_PAGE)
	String enrol(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SecondFactorForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		var session = request.getSession();
		if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
			return "redirect:" + ENROL_PAGE;
		}
		var delayed = secondFactors.delayedUntil(user);
		var codes = delayed.isPresent() ? java.util.Optional.<List<String>>empty()
				: secondFactors.enrol(user, secret, form.code() == null ? "" : form.code().replaceAll("\\s", ""));
		if (codes.isEmpty()) {
			if (secondFactors.totpEnrolled(user.accountId())) {
				return "redirect:" + ENROL_PAGE;
			}
			var retryAt = delayed.or(() -> secondFactors.delayedUntil(user));
			if (retryAt.isPresent()) {
				FormErrors.reject(result, "code", "secondFactor.delayed",
						new Object[] { TIME.format(retryAt.get().atZone(Oslo.ZONE)) }, null);
			}
			else {
				FormErrors.reject(result, "code", "secondFactor.enrol.wrong");
			}
			addPasskeys(user, model);
			return enrolPage(user, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		SecondFactorSession.complete(user, request, response, clock.instant());
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		return "redirect:" + ENROL_PAGE + "/recovery-codes";
	}

	/**
	 * Removes one of the person's own passkeys; her other sessions end (a removed factor
	 * may be a lost device's). A passkey of another person is not found.
	 */
	@PostMapping(ENROL_PAGE + "/passkeys/remove")
	String removePasskey(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "credential", defaultValue = "") String credential, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (passkeys.remove(user, credential)) {
			securityLog.insert(SecurityLog.Row.by(SecurityEvent.PASSKEY_REMOVED, user)
				.target(user.accountId(), user.getUsername())
				.address(request.getRemoteAddr()));
			sessions.endOthers(user.getUsername(), request.getSession().getId());
			redirect.addFlashAttribute("message", "passkeys.removed");
		}
		else {
			redirect.addFlashAttribute("error", "passkeys.notFound");
		}
		return "redirect:" + ENROL_PAGE;
	}

	@GetMapping(ENROL_PAGE + "/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:" + ENROL_PAGE;
		}
		return "account/recovery-codes";
	}

	private void addPasskeys(CurrentUser user, Model model) {
		var pending = SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor;
		model.addAttribute("showPasskeys", !pending);
		model.addAttribute("passkeys",
				pending ? List.of()
						: passkeys.of(user.getUsername())
							.stream()
							.map(p -> new PasskeyRow(p.credentialId(), p.label(),
									p.created() == null ? "" : SHOWN.format(p.created().atZone(Oslo.ZONE)),
									p.lastUsed() == null ? "" : SHOWN.format(p.lastUsed().atZone(Oslo.ZONE))))
							.toList());
	}

	/** A passkey as the page lists it. */
	record PasskeyRow(String credentialId, String label, String created, String lastUsed) {
	}

	private String enrolPage(CurrentUser user, HttpSession session, Model model) {
		var secret = session.getAttribute(PENDING_SECRET) instanceof String pending ? pending
				: secondFactors.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		var svg = secondFactors.qrSvg(secondFactors.otpauthUri(user.getUsername(), secret));
		model.addAttribute("qrCode", "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
		model.addAttribute("secret", secret);
		model.addAttribute("secretGrouped", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("required", secondFactors.required(user));
		return "account/second-factor-enrol";
	}

}
