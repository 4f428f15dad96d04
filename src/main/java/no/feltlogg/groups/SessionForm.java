package no.feltlogg.groups;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.FormYear;

/**
 * A session as typed, its date and times bound by type (ADR 0041). A new session can be
 * repeated weekly ({@code repeat} sessions in all, 1 when empty); the button says whether
 * to go on to take attendance.
 */
record SessionForm(@NotNull @FormYear LocalDate date, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
		@Nullable String themeCode, @Nullable @Size(max = 200) String activity, @Nullable @Size(max = 500) String note,
		@Nullable Integer repeat, @Nullable String action, @Nullable Long version) {

	static SessionForm planned(LocalDate date) {
		return new SessionForm(date, null, null, "", "", "", 1, null, null);
	}

	static SessionForm of(GroupSession session) {
		return new SessionForm(session.getSessionDate(), session.getStartsAt(), session.getEndsAt(),
				session.getThemeCode(), session.getActivity(), session.getNote(), 1, null, session.getVersion());
	}

	boolean takeAttendance() {
		return "attendance".equals(action);
	}

}
