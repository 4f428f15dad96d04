package no.feltlogg.youth;

/** Whether the team still follows a youth up. A closed record takes no new entries. */
public enum YouthStatus {

	ACTIVE, CLOSED

}
