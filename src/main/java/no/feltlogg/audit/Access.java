package no.feltlogg.audit;

/** What someone did with a youth's record: read it or changed it. */
public enum Access {

	READ, CHANGE

}
