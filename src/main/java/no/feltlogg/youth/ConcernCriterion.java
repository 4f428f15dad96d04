package no.feltlogg.youth;

/** The criteria of a worrying development (bekymringsfull utvikling). */
public enum ConcernCriterion {

	CRIMINAL_GROUPS, THREATS, VIOLENCE, FIGHTS, DRUGS_TRYING, DRUGS_USING, DRUGS_SELLING

}
