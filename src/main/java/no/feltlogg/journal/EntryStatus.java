package no.feltlogg.journal;

/** A draft can be changed by its author; a signed entry never again. */
public enum EntryStatus {

	DRAFT, SIGNED

}
