package no.feltlogg.groups;

import static no.feltlogg.groups.GroupChecksTest.codes;
import static no.feltlogg.groups.GroupChecksTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.feltlogg.shared.Gender;

/**
 * Attendance as tapped, checked without a database: who can be recorded and what is
 * recorded are given.
 */
class AttendanceChecksTest {

	static final LocalDate TODAY = LocalDate.of(2026, 10, 6);

	final UUID ada = UUID.randomUUID();

	final UUID bea = UUID.randomUUID();

	final UUID locked = UUID.randomUUID();

	@Test
	void attendanceIsTakenForASessionHeldAndNotCancelled() {
		assertThat(AttendanceChecks.refusal(SessionStatus.PLANNED, TODAY, TODAY)).isNull();
		assertThat(AttendanceChecks.refusal(SessionStatus.HELD, TODAY.minusDays(1), TODAY)).isNull();
		assertThat(AttendanceChecks.refusal(SessionStatus.PLANNED, TODAY.plusDays(1), TODAY))
			.isEqualTo("groups.attendance.notYet");
		assertThat(AttendanceChecks.refusal(SessionStatus.CANCELLED, TODAY, TODAY))
			.isEqualTo("groups.attendance.cancelled");
	}

	@Test
	void marksOfRecordableYouthsAreTakenAndEveryoneShownMustHaveOne() {
		var marks = new LinkedHashMap<String, String>();
		marks.put(ada.toString(), "PRESENT");
		marks.put(bea.toString(), "");
		var form = new AttendanceForm(marks, List.of(ada.toString(), bea.toString(), "ikke-en-id"), null, 0L);
		var result = result(form);
		var taken = AttendanceChecks.marks(form, Set.of(ada, bea), Map.of(), result);
		assertThat(taken).containsExactly(Map.entry(ada, AttendanceStatus.PRESENT));
		assertThat(AttendanceChecks.missing(form, Set.of(ada, bea), taken, result)).containsExactly(bea);
		assertThat(codes(result, "marks")).containsExactly("groups.attendance.missing");
	}

	@Test
	void aMarkThatCannotBeReadOrChangesSomeoneNotRecordableIsRefused() {
		var marks = new LinkedHashMap<String, String>();
		marks.put("ikke-en-id", "PRESENT");
		marks.put(ada.toString(), "KANSKJE");
		marks.put(locked.toString(), "ABSENT");
		var form = new AttendanceForm(marks, null, null, 0L);
		var result = result(form);
		var taken = AttendanceChecks.marks(form, Set.of(ada), Map.of(locked, AttendanceStatus.PRESENT), result);
		assertThat(taken).isEmpty();
		assertThat(codes(result, "marks")).containsExactly("groups.attendance.unknown", "groups.attendance.unknown",
				"groups.attendance.notRecordable");
	}

	@Test
	void anUnchangedMarkOfSomeoneNotRecordableIsLeftAsItIs() {
		var form = new AttendanceForm(Map.of(locked.toString(), "PRESENT"), null, null, 0L);
		var result = result(form);
		assertThat(AttendanceChecks.marks(form, Set.of(), Map.of(locked, AttendanceStatus.PRESENT), result)).isEmpty();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void anonymousCountsAreReadAsTheTallyAndAnsweredWithTheGroupsMessages() {
		var fine = new AttendanceForm(null, null, Map.of("GIRL:13-15", "3", "BOY:13-15", "0"), 0L);
		assertThat(AttendanceChecks.counts(fine, Set.of("13-15"), result(fine)))
			.containsExactly(new AnonymousCount(Gender.GIRL, "13-15", 3));
		assertThat(problem(Map.of("GIRL:13-15", "tre"))).isEqualTo("groups.anonymous.notANumber");
		assertThat(problem(Map.of("GIRL:13-15", "-2"))).isEqualTo("groups.anonymous.outOfRange");
		assertThat(problem(Map.of("GIRL:13-15", "1000"))).isEqualTo("groups.anonymous.outOfRange");
		assertThat(problem(Map.of("GIRL:99", "1"))).isEqualTo("groups.form.unknownCode");
	}

	private static String problem(Map<String, String> counts) {
		var form = new AttendanceForm(null, null, counts, 0L);
		var result = result(form);
		assertThat(AttendanceChecks.counts(form, Set.of("13-15"), result)).isEmpty();
		return codes(result, "counts").getFirst();
	}

}
