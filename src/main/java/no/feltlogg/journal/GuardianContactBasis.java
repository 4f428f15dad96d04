package no.feltlogg.journal;

/**
 * The legal basis for contacting a youth's guardians without the youth's consent to it
 * (ADR 0038): the duty to inform child welfare, or the duty to avert serious harm.
 * Written down with the entry.
 */
public enum GuardianContactBasis {

	DUTY_TO_INFORM, AVERT_HARM

}
