package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.TallyGrid;

/**
 * Reads attendance as tapped, reporting problems at the sheet: a mark for each youth
 * shown whose attendance can be recorded, no change for anyone else, and anonymous counts
 * as the encounter tally takes them. Pure: who can be recorded, what is recorded and the
 * team's age bands are given.
 */
final class AttendanceChecks {

	private AttendanceChecks() {
	}

	/**
	 * Why attendance cannot be taken for a session, as a message key, or null when it
	 * can.
	 */
	static @Nullable String refusal(SessionStatus status, LocalDate sessionDate, LocalDate today) {
		if (status == SessionStatus.CANCELLED) {
			return "groups.attendance.cancelled";
		}
		if (sessionDate.isAfter(today)) {
			return "groups.attendance.notYet";
		}
		return null;
	}

	/**
	 * The marks given for youths whose attendance can be recorded; a mark that cannot be
	 * read, or a changed mark for anyone else ({@code recorded} holds what is recorded),
	 * is refused.
	 */
	static Map<UUID, AttendanceStatus> marks(AttendanceForm form, Set<UUID> recordable,
			Map<UUID, AttendanceStatus> recorded, BindingResult result) {
		var marks = new LinkedHashMap<UUID, AttendanceStatus>();
		if (form.marks() == null) {
			return marks;
		}
		for (var entry : form.marks().entrySet()) {
			if (entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			var youthId = uuid(entry.getKey());
			var status = status(entry.getValue());
			if (youthId.isEmpty() || status.isEmpty()) {
				FormErrors.reject(result, "marks", "groups.attendance.unknown");
				continue;
			}
			if (!recordable.contains(youthId.get())) {
				if (!Optional.ofNullable(recorded.get(youthId.get())).equals(status)) {
					FormErrors.reject(result, "marks", "groups.attendance.notRecordable");
				}
				continue;
			}
			marks.put(youthId.get(), status.get());
		}
		return marks;
	}

	/**
	 * The youths shown whose attendance can be recorded and who were given no mark;
	 * rejects the sheet if any.
	 */
	static Set<UUID> missing(AttendanceForm form, Set<UUID> recordable, Map<UUID, AttendanceStatus> marks,
			BindingResult result) {
		var missing = new LinkedHashSet<UUID>();
		if (form.shown() != null) {
			form.shown()
				.stream()
				.map(AttendanceChecks::uuid)
				.flatMap(Optional::stream)
				.filter(y -> recordable.contains(y) && !marks.containsKey(y))
				.forEach(missing::add);
		}
		if (!missing.isEmpty()) {
			FormErrors.reject(result, "marks", "groups.attendance.missing");
		}
		return missing;
	}

	/**
	 * Anonymous participants as typed, read like the encounter tally; none when anything
	 * is wrong.
	 */
	static List<AnonymousCount> counts(AttendanceForm form, Set<String> ageBands, BindingResult result) {
		var grid = TallyGrid.read(form.counts(), ageBands);
		if (grid.problem() != null) {
			FormErrors.reject(result, "counts", switch (grid.problem()) {
				case NOT_A_NUMBER -> "groups.anonymous.notANumber";
				case NEGATIVE, TOO_MANY -> "groups.anonymous.outOfRange";
				case UNKNOWN_CODE -> "groups.form.unknownCode";
			});
		}
		return grid.cells().stream().map(c -> new AnonymousCount(c.gender(), c.ageBand(), c.count())).toList();
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static Optional<AttendanceStatus> status(String text) {
		for (var value : AttendanceStatus.values()) {
			if (value.name().equals(text.trim())) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
