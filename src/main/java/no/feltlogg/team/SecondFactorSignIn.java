package no.feltlogg.team;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.CurrentUser;

/**
 * After the right password: a person with a second factor is asked for it, a person whose
 * role must have one and has none enrols first; everybody else goes where she was going.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

	private final SecondFactors secondFactors;

	private final SignedInSessions sessions;

	private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

	SecondFactorSignIn(SecondFactors secondFactors, SignedInSessions sessions) {
		this.secondFactors = secondFactors;
		this.sessions = sessions;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			sessions.limit(user.getUsername(), request.getSession().getId());
			var enrolled = secondFactors.enrolled(user.accountId());
			if (enrolled || secondFactors.required(user)) {
				var pending = new PendingSecondFactor(user, enrolled);
				SecondFactorSession.pending(pending, request, response);
				response.sendRedirect(request.getContextPath() + pending.nextPage());
				return;
			}
		}
		onward.onAuthenticationSuccess(request, response, authentication);
	}

}
