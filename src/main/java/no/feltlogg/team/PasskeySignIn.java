package no.feltlogg.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.CurrentUser;

/**
 * Signing in with a passkey (Spring Security's WebAuthn, {@code POST /login/webauthn}),
 * ADR 0032. A passkey is possession and the authenticator's own PIN or biometrics at
 * once, so it is a whole sign-in with a second factor: from the login page without a
 * password, as the second factor after a password, and as the fresh factor the
 * need-to-know and export pages ask for. When someone is already signed in (or owes her
 * second factor) in this session, only her own passkey is accepted; another person's is
 * refused. A passkey the application does not know is refused. Either refusal is
 * security-logged and answered 401; the session stays as it was.
 */
@Component
public class PasskeySignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(PasskeySignIn.class);

	private static final String SIGNED_IN_BEFORE = PasskeySignIn.class.getName() + ".before";

	private final ProviderManager passkeys;

	private final AccountDetailsService users;

	private final SignedInSessions sessions;

	private final SignInThrottle throttle;

	private final SecurityLog securityLog;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, AccountDetailsService users, SignedInSessions sessions,
			SignInThrottle throttle, SecurityLog securityLog) {
		this.passkeys = new ProviderManager(new WebAuthnAuthenticationProvider(relyingParty, users));
		this.users = users;
		this.sessions = sessions;
		this.throttle = throttle;
		this.securityLog = securityLog;
	}

	/**
	 * Gives Spring Security's WebAuthn sign-in filter this class's checks and answers.
	 */
	public ObjectPostProcessor<WebAuthnAuthenticationFilter> filterSetup() {
		return new ObjectPostProcessor<>() {

			@Override
			public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationManager(PasskeySignIn.this::authenticate);
				filter.setAuthenticationSuccessHandler(PasskeySignIn.this);
				filter.setAuthenticationFailureHandler(PasskeySignIn.this);
				return filter;
			}

		};
	}

	Authentication authenticate(Authentication request) {
		var before = SecurityContextHolder.getContext().getAuthentication();
		var signedIn = before != null && before.getPrincipal() instanceof CurrentUser user ? user : null;
		Authentication verified;
		try {
			verified = passkeys.authenticate(request);
		}
		catch (RuntimeException ex) {
			// an unknown credential id, or an assertion that does not verify
			throw remember(signedIn, new BadCredentialsException("Unknown or invalid passkey", ex));
		}
		var user = (CurrentUser) users.loadUserByUsername(verified.getName());
		if (!user.isEnabled()) {
			throw remember(user, new DisabledException("The account is disabled"));
		}
		if (signedIn != null && !signedIn.accountId().equals(user.accountId())) {
			throw remember(signedIn, new BadCredentialsException("Another person's passkey"));
		}
		return org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
	}

	private static AuthenticationException remember(@org.jspecify.annotations.Nullable CurrentUser user,
			AuthenticationException ex) {
		if (user != null) {
			var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
			if (attributes != null) {
				attributes.setAttribute(SIGNED_IN_BEFORE, user,
						org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
			}
		}
		return ex;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		var user = (CurrentUser) authentication.getPrincipal();
		throttle.accountSucceeded(user.getUsername());
		securityLog
			.insert(SecurityLog.Row.by(SecurityEvent.SIGN_IN, user).detail("passkey").address(request.getRemoteAddr()));
		var stepUp = SecondFactorSession.verifiedAt(request.getSession(false)).isPresent();
		if (!stepUp) {
			sessions.limit(user.getUsername(), request.getSession().getId());
		}
		SecondFactorSession.complete(user, request, response, throttle.now());
		answer(response, HttpServletResponse.SC_OK, "{\"authenticated\":true,\"redirectUrl\":\""
				+ json(request.getContextPath() + onward(request, response)) + "\"}");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		log.info("Passkey sign-in refused: {}", exception.getMessage());
		var row = request.getAttribute(SIGNED_IN_BEFORE) instanceof CurrentUser user
				? SecurityLog.Row.by(SecurityEvent.SIGN_IN_FAILED, user)
				: SecurityLog.Row.unknown(SecurityEvent.SIGN_IN_FAILED, "passkey");
		securityLog.insert(row.detail("passkey refused: " + exception.getMessage()).address(request.getRemoteAddr()));
		answer(response, HttpServletResponse.SC_UNAUTHORIZED, "{\"authenticated\":false}");
	}

	/**
	 * Back to the page that asked for a fresh second factor, or where she was going
	 * before signing in.
	 */
	private String onward(HttpServletRequest request, HttpServletResponse response) {
		var returnTo = SecondFactorSession.takeReturnTo(request.getSession());
		if (returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")) {
			return returnTo;
		}
		var saved = requestCache.getRequest(request, response);
		if (saved != null) {
			requestCache.removeRequest(request, response);
			var url = saved.getRedirectUrl();
			var start = url.indexOf('/', url.indexOf("//") + 2);
			return start < 0 ? "/" : url.substring(start).substring(request.getContextPath().length());
		}
		return "/";
	}

	private static void answer(HttpServletResponse response, int status, String json) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
