package no.feltlogg.team;

/** What the security log records. Shown through the message {@code security.event.<name>}. */
public enum SecurityEvent {

	SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, ACCESS_DENIED, EXPORT, NEED_TO_KNOW, ACCOUNT_CREATED, ACCOUNT_CHANGED,
	ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_LINK_CREATED, PASSWORD_SET, TEAM_CREATED

}
