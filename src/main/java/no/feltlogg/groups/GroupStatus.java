package no.feltlogg.groups;

/** Where a group is in its run: planned, running, or finished. */
public enum GroupStatus {

	PLANNED, RUNNING, FINISHED

}
