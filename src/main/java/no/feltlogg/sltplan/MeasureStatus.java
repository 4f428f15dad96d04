package no.feltlogg.sltplan;

/**
 * Where a measure of the action plan stands. Shown through {@code sltplan.status.<name>}.
 */
public enum MeasureStatus {

	PLANNED, ACTIVE, COMPLETED, STOPPED

}
