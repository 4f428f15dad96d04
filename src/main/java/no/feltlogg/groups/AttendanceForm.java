package no.feltlogg.groups;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.TallyGrid;

/**
 * Attendance as tapped on the phone: {@code marks} maps a youth id to PRESENT, ABSENT or
 * EXCUSED; {@code shown} lists the youths whose buttons were on the screen;
 * {@code counts} is the tally grid of anonymous participants, keyed {@code GENDER:band}.
 * The sheet's keys are the youths on it, so marks and counts are read by
 * {@link AttendanceChecks} and {@link TallyGrid}, each problem answered at the sheet.
 */
record AttendanceForm(@Nullable Map<String, String> marks, @Nullable List<String> shown,
		@Nullable Map<String, String> counts, @Nullable Long version) {

	public @Nullable String mark(UUID youthId) {
		return marks == null ? null : marks.get(youthId.toString());
	}

	/**
	 * The count as typed, so that a wrong entry is shown back as it was; 0 where nothing
	 * was typed.
	 */
	public String count(String key) {
		return TallyGrid.shown(counts, key);
	}

}
