package no.feltlogg.groups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.FormDates;

/**
 * A session as typed, all as text and parsed by the controller. A new session can be repeated weekly
 * ({@code repeat} sessions in all); the button says whether to go on to take attendance.
 */
record SessionForm(@NotBlank String date, @Nullable String startsAt, @Nullable String endsAt,
		@Nullable String themeCode, @Nullable @Size(max = 200) String activity, @Nullable @Size(max = 500) String note,
		@Nullable String repeat, @Nullable String action, @Nullable String version) {

	static SessionForm of(GroupSession session) {
		return new SessionForm(FormDates.format(session.getSessionDate()),
				session.getStartsAt() == null ? "" : DateFormats.TIME.format(session.getStartsAt()),
				session.getEndsAt() == null ? "" : DateFormats.TIME.format(session.getEndsAt()),
				session.getThemeCode(), session.getActivity(), session.getNote(), "1", null,
				String.valueOf(session.getVersion()));
	}

	boolean takeAttendance() {
		return "attendance".equals(action);
	}

}
