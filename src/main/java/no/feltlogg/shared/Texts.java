package no.feltlogg.shared;

import org.jspecify.annotations.Nullable;

/** Free text as a form gives it. */
public final class Texts {

	private Texts() {
	}

	/** The text trimmed, or null when nothing but white space was typed. */
	public static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
