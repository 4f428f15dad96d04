package no.feltlogg.shared;

import org.jspecify.annotations.Nullable;

/** Free text as kept: trimmed, and nothing at all rather than an empty or blank text. */
public final class Blank {

	private Blank() {
	}

	/** The text trimmed, or null when there is none. */
	public static @Nullable String toNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
