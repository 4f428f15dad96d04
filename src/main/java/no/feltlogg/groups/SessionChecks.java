package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import no.feltlogg.shared.Texts;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.FormErrors;
import no.feltlogg.shared.IdentifyingText;

/**
 * Turns a session form into checked details, reporting each problem at its field: within
 * the group's dates (the last of a weekly series too), a held session not moved into the
 * future, the end after the start, a theme of the team's list, and no note that could
 * identify anyone. Pure: the group, the themes and the day are given.
 */
final class SessionChecks {

	/** The most sessions planned at once. */
	static final int MOST_REPEATED = 40;

	private SessionChecks() {
	}

	/**
	 * The number of weekly sessions asked for, 1 when the field is empty or wrong;
	 * rejects anything but 1 to 40.
	 */
	static int repetitions(SessionForm form, BindingResult result) {
		var repeat = form.repeat();
		if (repeat == null || result.hasFieldErrors("repeat")) {
			return 1;
		}
		if (repeat < 1 || repeat > MOST_REPEATED) {
			FormErrors.reject(result, "repeat", "groups.session.repeat.invalid");
			return 1;
		}
		return repeat;
	}

	/**
	 * The details of a session planned ({@code existing} null, {@code repetitions}
	 * weekly) or changed, or null when anything is rejected.
	 */
	static @Nullable SessionDetails check(SessionForm form, ActivityGroup group, @Nullable GroupSession existing,
			int repetitions, Set<String> themes, LocalDate today, BindingResult result) {
		var date = form.date();
		if (date != null) {
			if (date.isBefore(group.getStartsOn())) {
				FormErrors.reject(result, "date", "groups.session.beforeGroup",
						new Object[] { DateFormats.DATE.format(group.getStartsOn()) }, null);
			}
			var last = date.plusWeeks(repetitions - 1L);
			if (group.getEndsOn() != null && last.isAfter(group.getEndsOn())) {
				FormErrors.reject(result, repetitions > 1 ? "repeat" : "date", "groups.session.afterGroup",
						new Object[] { DateFormats.DATE.format(group.getEndsOn()) }, null);
			}
			if (existing != null && existing.isHeld() && date.isAfter(today)) {
				FormErrors.reject(result, "date", "groups.session.heldInFuture");
			}
		}
		var startsAt = form.startsAt();
		var endsAt = form.endsAt();
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			FormErrors.reject(result, "endsAt", "groups.session.endsBeforeStart");
		}
		var theme = Texts.blankToNull(form.themeCode());
		if (theme != null && !themes.contains(theme)) {
			FormErrors.reject(result, "themeCode", "groups.form.unknownCode");
		}
		IdentifyingText.problem(form.note())
			.ifPresent(key -> FormErrors.reject(result, "note", key.replace("anonymous.text.", "groups.note.")));
		if (result.hasErrors() || date == null) {
			return null;
		}
		return new SessionDetails(date, startsAt, endsAt, theme, form.activity(), form.note());
	}

	/** A new session whose attendance is taken at once is a single one, already held. */
	static void checkTakingAttendance(SessionForm form, SessionDetails details, int repetitions, LocalDate today,
			BindingResult result) {
		if (!form.takeAttendance()) {
			return;
		}
		if (repetitions > 1) {
			FormErrors.reject(result, "repeat", "groups.session.repeatWithAttendance");
		}
		if (details.date().isAfter(today)) {
			FormErrors.reject(result, "date", "groups.attendance.notYet");
		}
	}

}
