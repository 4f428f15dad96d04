package no.feltlogg.groups;

/**
 * A participant's attendance at a held session. Only {@code PRESENT} counts as an
 * attendance.
 */
public enum AttendanceStatus {

	PRESENT, ABSENT, EXCUSED

}
