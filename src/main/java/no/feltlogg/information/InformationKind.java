package no.feltlogg.information;

/** What kind of information work an event was. */
public enum InformationKind {

	/** A drug-education lesson or a presentation to a class. */
	LESSON,
	/** A talk at a parents' meeting. */
	PARENTS_MEETING,
	/** A stand at an event. */
	STAND,
	/** A talk to a school's staff or a partner service. */
	STAFF_TALK, OTHER

}
