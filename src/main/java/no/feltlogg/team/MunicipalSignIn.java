package no.feltlogg.team;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.CurrentUser;

/**
 * Sign-in with the municipality's identity provider (OpenID Connect, registration
 * {@code kommune}). The person is matched to an existing Feltlogg account by a claim
 * ({@code feltlogg.oidc.account-claim}, default {@code preferred_username}): its value is
 * looked up as the account's external id, then as its username. An unknown person is
 * refused, never created; roles and teams stay Feltlogg's. When the provider says the
 * sign-in used a second factor ({@code amr} contains {@code mfa}, or {@code acr} is one
 * of {@code feltlogg.oidc.mfa-acr-values}), Feltlogg does not ask again; otherwise it
 * asks for its own as after a password.
 */
@Component
public class MunicipalSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(MunicipalSignIn.class);

	private final AccountRepository accounts;

	private final AccountDetailsService users;

	private final SecondFactors secondFactors;

	private final SignInThrottle throttle;

	private final SecurityLog securityLog;

	private final SignedInSessions sessions;

	private final String accountClaim;

	private final List<String> mfaAcrValues;

	private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

	MunicipalSignIn(AccountRepository accounts, AccountDetailsService users, SecondFactors secondFactors,
			SignInThrottle throttle, SecurityLog securityLog, SignedInSessions sessions,
			@Value("${feltlogg.oidc.account-claim:preferred_username}") String accountClaim,
			@Value("${feltlogg.oidc.mfa-acr-values:}") List<String> mfaAcrValues) {
		this.accounts = accounts;
		this.users = users;
		this.secondFactors = secondFactors;
		this.throttle = throttle;
		this.securityLog = securityLog;
		this.sessions = sessions;
		this.accountClaim = accountClaim;
		this.mfaAcrValues = mfaAcrValues.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		var oidcUser = (OidcUser) authentication.getPrincipal();
		var user = account(oidcUser);
		if (user.isEmpty()) {
			log.warn("Sign-in with the municipality's identity provider refused: no account for {} '{}' (subject {})",
					accountClaim, oidcUser.getClaimAsString(accountClaim), oidcUser.getSubject());
			securityLog.insert(SecurityLog.Row
				.unknown(SecurityEvent.SIGN_IN_FAILED, String.valueOf(oidcUser.getClaimAsString(accountClaim)))
				.detail("no account for the municipality's sign-in")
				.address(request.getRemoteAddr()));
			request.getSession().invalidate();
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login/unknown");
			return;
		}
		var current = user.get();
		if (!current.isEnabled()) {
			securityLog.insert(SecurityLog.Row.by(SecurityEvent.SIGN_IN_FAILED, current)
				.detail("disabled; the municipality's sign-in")
				.address(request.getRemoteAddr()));
			request.getSession().invalidate();
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		throttle.accountSucceeded(current.getUsername());
		sessions.limit(current.getUsername(), request.getSession().getId());
		securityLog.insert(SecurityLog.Row.by(SecurityEvent.SIGN_IN, current)
			.detail("the municipality's sign-in")
			.address(request.getRemoteAddr()));
		if (providerAskedForSecondFactor(oidcUser)) {
			SecondFactorSession.complete(current, request, response, throttle.now());
			onward.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		var enrolled = secondFactors.enrolled(current.accountId());
		if (enrolled || secondFactors.required(current)) {
			var pending = new PendingSecondFactor(current, enrolled);
			SecondFactorSession.pending(pending, request, response);
			response.sendRedirect(request.getContextPath() + pending.nextPage());
			return;
		}
		SecondFactorSession.signedIn(current, request, response);
		onward.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		log.warn("Sign-in with the municipality's identity provider failed: {}", exception.getMessage());
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	boolean providerAskedForSecondFactor(OidcUser user) {
		var amr = user.getClaim("amr");
		if (amr instanceof Collection<?> methods
				&& methods.stream().anyMatch(method -> "mfa".equalsIgnoreCase(String.valueOf(method)))) {
			return true;
		}
		var acr = user.getClaimAsString("acr");
		return acr != null && mfaAcrValues.contains(acr);
	}

	private Optional<CurrentUser> account(OidcUser user) {
		var value = user.getClaimAsString(accountClaim);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var account = accounts.findByExternalId(value.trim()).or(() -> accounts.findByUsername(value.trim()));
		return account.map(a -> load(a.getUsername()));
	}

	private @Nullable CurrentUser load(String username) {
		try {
			return (CurrentUser) users.loadUserByUsername(username.toLowerCase(Locale.ROOT));
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

}
