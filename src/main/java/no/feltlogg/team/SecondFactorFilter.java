package no.feltlogg.team;

import java.io.IOException;
import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import no.feltlogg.shared.CurrentUser;

/**
 * Holds a sign-in that still owes its second factor on the second-factor pages, and asks
 * a person who has a second factor for a fresh one (at most
 * {@link SecondFactorSession#FRESH} old) before a record is opened on need-to-know
 * grounds or personal data is exported.
 */
public class SecondFactorFilter extends OncePerRequestFilter {

	/**
	 * Opening a record on need-to-know grounds, the access-request export (with the
	 * journal), and the report of a help measure to child welfare.
	 */
	static final Pattern NEEDS_FRESH_FACTOR = Pattern
		.compile("/youth/[^/]+/(need-to-know|export\\.json|export\\.pdf)|/measures/[^/]+/report\\.pdf");

	private static final Pattern OPEN_WHILE_PENDING = Pattern.compile(
			"/login/second-factor|/account/second-factor|/webauthn/authenticate/options|/login/webauthn|/logout|/error|/favicon\\.ico|/(css|js|webjars)/.*");

	private final SecondFactors secondFactors;

	private final Clock clock;

	public SecondFactorFilter(SecondFactors secondFactors, Clock clock) {
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof PendingSecondFactor pending) {
			if (!OPEN_WHILE_PENDING.matcher(path).matches()) {
				response.sendRedirect(request.getContextPath() + pending.nextPage());
				return;
			}
		}
		else if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& NEEDS_FRESH_FACTOR.matcher(path).matches()
				&& !SecondFactorSession.isFresh(request.getSession(false), clock.instant())
				&& secondFactors.enrolled(user.accountId())) {
			request.getSession().setAttribute(SecondFactorSession.RETURN_TO, path);
			response.sendRedirect(request.getContextPath() + SecondFactorController.SIGN_IN_PAGE + "?fresh");
			return;
		}
		chain.doFilter(request, response);
	}

}
