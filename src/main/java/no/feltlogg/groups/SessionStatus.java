package no.feltlogg.groups;

/** A session is planned ahead, then held (attendance taken) or cancelled. */
enum SessionStatus {

	PLANNED, HELD, CANCELLED

}
