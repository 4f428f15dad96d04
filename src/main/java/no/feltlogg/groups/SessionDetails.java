package no.feltlogg.groups;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import no.feltlogg.shared.Texts;

/**
 * When a session is, what it is about and what the group did; the note is about the
 * group, never a youth.
 */
public record SessionDetails(LocalDate date, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
		@Nullable String themeCode, @Nullable String activity, @Nullable String note) {

	public SessionDetails {
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A session ends after it starts");
		}
		activity = Texts.blankToNull(activity);
		note = Texts.blankToNull(note);
		themeCode = Texts.blankToNull(themeCode);
	}

}
