package no.feltlogg.groups;

import static no.feltlogg.groups.GroupChecksTest.codes;
import static no.feltlogg.groups.GroupChecksTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A session as typed, checked without a database: the group, the team's themes and the
 * day are given.
 */
class SessionChecksTest {

	static final LocalDate START = LocalDate.of(2026, 9, 1);

	static final LocalDate END = LocalDate.of(2026, 12, 15);

	static final LocalDate TODAY = LocalDate.of(2026, 10, 6);

	static final Set<String> THEMES = Set.of("friends", "school");

	final ActivityGroup group = new ActivityGroup(UUID.randomUUID(),
			new GroupDetails("Jentegruppa", "girls", null, null, null, START, END, 12,
					EnumSet.noneOf(Recruitment.class), false, GroupStatus.RUNNING, Set.of(UUID.randomUUID())),
			UUID.randomUUID(), Instant.EPOCH);

	@Test
	void aSessionWithinTheGroupBecomesItsDetailsWithEmptyTextAsNone() {
		var form = form(TODAY, LocalTime.of(18, 0), LocalTime.of(20, 0), "friends", " ", null, null);
		var result = result(form);
		var details = SessionChecks.check(form, group, null, 1, THEMES, TODAY, result);
		assertThat(result.hasErrors()).isFalse();
		assertThat(details)
			.isEqualTo(new SessionDetails(TODAY, LocalTime.of(18, 0), LocalTime.of(20, 0), "friends", "Samtale", null));
	}

	@Test
	void aSessionOutsideTheGroupOrEndingBeforeItStartsIsRejectedAtItsField() {
		var early = form(START.minusDays(1), LocalTime.of(18, 0), LocalTime.of(17, 0), "ukjent", "", null, null);
		var result = result(early);
		assertThat(SessionChecks.check(early, group, null, 1, THEMES, TODAY, result)).isNull();
		assertThat(codes(result, "date")).containsExactly("groups.session.beforeGroup");
		assertThat(result.getFieldError("date").getArguments()).containsExactly("01.09.2026");
		assertThat(codes(result, "endsAt")).containsExactly("groups.session.endsBeforeStart");
		assertThat(codes(result, "themeCode")).containsExactly("groups.form.unknownCode");

		var late = form(END.plusDays(1), null, null, "", "", null, null);
		var lateResult = result(late);
		SessionChecks.check(late, group, null, 1, THEMES, TODAY, lateResult);
		assertThat(codes(lateResult, "date")).containsExactly("groups.session.afterGroup");
	}

	@Test
	void aWeeklySeriesEndsWithinTheGroupAndRepeatsOneTo40Times() {
		var form = form(END.minusWeeks(2), null, null, "", "", 4, null);
		var result = result(form);
		int repetitions = SessionChecks.repetitions(form, result);
		assertThat(repetitions).isEqualTo(4);
		assertThat(SessionChecks.check(form, group, null, repetitions, THEMES, TODAY, result)).isNull();
		assertThat(codes(result, "repeat")).containsExactly("groups.session.afterGroup");

		for (var wrong : List.of(0, 41)) {
			var tooMany = form(TODAY, null, null, "", "", wrong, null);
			var wrongResult = result(tooMany);
			assertThat(SessionChecks.repetitions(tooMany, wrongResult)).isEqualTo(1);
			assertThat(codes(wrongResult, "repeat")).containsExactly("groups.session.repeat.invalid");
		}
		var empty = form(TODAY, null, null, "", "", null, null);
		assertThat(SessionChecks.repetitions(empty, result(empty))).isEqualTo(1);
	}

	@Test
	void aNoteThatCouldIdentifySomeoneIsRejected() {
		var form = form(TODAY, null, null, "", "Ring meg på 912 34 567", null, null);
		var result = result(form);
		assertThat(SessionChecks.check(form, group, null, 1, THEMES, TODAY, result)).isNull();
		assertThat(codes(result, "note")).singleElement().asString().startsWith("groups.note.");
	}

	@Test
	void aHeldSessionStaysInThePastAndAttendanceIsTakenForOneHeldSession() {
		var held = new GroupSession(group, new SessionDetails(TODAY.minusDays(7), null, null, null, null, null),
				UUID.randomUUID(), Instant.EPOCH);
		held.hold(List.of(), List.of(), UUID.randomUUID(), Instant.EPOCH);
		var moved = form(TODAY.plusDays(1), null, null, "", "", null, null);
		var result = result(moved);
		assertThat(SessionChecks.check(moved, group, held, 1, THEMES, TODAY, result)).isNull();
		assertThat(codes(result, "date")).containsExactly("groups.session.heldInFuture");

		var series = form(TODAY.plusDays(7), null, null, "", "", 3, "attendance");
		var seriesResult = result(series);
		var details = SessionChecks.check(series, group, null, 3, THEMES, TODAY, seriesResult);
		assertThat(details).isNotNull();
		SessionChecks.checkTakingAttendance(series, details, 3, TODAY, seriesResult);
		assertThat(codes(seriesResult, "repeat")).containsExactly("groups.session.repeatWithAttendance");
		assertThat(codes(seriesResult, "date")).containsExactly("groups.attendance.notYet");

		var plan = form(TODAY.plusDays(7), null, null, "", "", 3, "save");
		var planResult = result(plan);
		SessionChecks.checkTakingAttendance(plan, details, 3, TODAY, planResult);
		assertThat(planResult.hasErrors()).isFalse();
	}

	static SessionForm form(LocalDate date, LocalTime startsAt, LocalTime endsAt, String theme, String note,
			Integer repeat, String action) {
		return new SessionForm(date, startsAt, endsAt, theme, "Samtale", note, repeat, action, null);
	}

}
