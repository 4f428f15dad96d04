package no.feltlogg.groups;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Attendance as tapped on the phone: {@code marks} maps a youth id to PRESENT, ABSENT or EXCUSED; {@code shown} lists
 * the youths whose buttons were on the screen; {@code counts} are anonymous participants keyed {@code GENDER:band}.
 * All text, parsed by the controller.
 */
record AttendanceForm(@Nullable Map<String, String> marks, @Nullable List<String> shown,
		@Nullable Map<String, String> counts, @Nullable String version) {

	public @Nullable String mark(UUID youthId) {
		return marks == null ? null : marks.get(youthId.toString());
	}

	/** The count as typed, so that a wrong entry is shown back as it was; 0 where nothing was typed. */
	public String count(String key) {
		if (counts == null) {
			return "0";
		}
		var value = counts.get(key);
		return value == null || value.isBlank() ? "0" : value;
	}

}
