package no.feltlogg.team;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import no.feltlogg.shared.CurrentUser;

/**
 * A person who gave the right password and still owes her second factor (or its
 * enrolment). Carries none of her role's authorities, so that no page of a role opens;
 * {@link SecondFactorFilter} sends every other request to the second-factor page.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

	static final String AUTHORITY = "FACTOR_PASSWORD_ONLY";

	private final CurrentUser user;

	private final boolean enrolled;

	PendingSecondFactor(CurrentUser user, boolean enrolled) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.user = user;
		this.enrolled = enrolled;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentUser getPrincipal() {
		return user;
	}

	/** Whether she has a second factor to give; otherwise she must enrol one first. */
	public boolean enrolled() {
		return enrolled;
	}

	/** Where she goes next: the second-factor page, or the enrolment page. */
	String nextPage() {
		return enrolled ? SecondFactorController.SIGN_IN_PAGE : SecondFactorController.ENROL_PAGE;
	}

}
