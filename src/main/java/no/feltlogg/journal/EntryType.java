package no.feltlogg.journal;

/**
 * The kinds of journal entry. The first two are conversations with the youth and count as
 * such.
 */
public enum EntryType {

	FOLLOW_UP, PHONE_DIGITAL, GUARDIANS, COOPERATION_MEETING, NOTE;

	/**
	 * Whether an entry of this type counts as a follow-up conversation; only these may be
	 * anonymous.
	 */
	public boolean isConversation() {
		return this == FOLLOW_UP || this == PHONE_DIGITAL;
	}

}
