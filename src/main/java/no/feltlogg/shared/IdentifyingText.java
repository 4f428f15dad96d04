package no.feltlogg.shared;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Guards the free text of anonymous records: a note must not identify anyone, so an
 * 11-digit national identity number, an e-mail address or a phone number is refused with
 * a message that says which.
 */
public final class IdentifyingText {

	/** Eleven digits, optionally written 6 + 5 with a space or a dot between. */
	private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d{6}[ .]?\\d{5}(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	/**
	 * Eight digits as Norwegian numbers are written (12345678, 123 45 678, 12 34 56 78),
	 * optionally with +47 or 0047, or any other run of 8 to 10 digits with spaces, dots
	 * or hyphens between groups.
	 */
	private static final Pattern PHONE = Pattern
		.compile("(?<![\\d])(?:(?:\\+|00)\\d{2}[ .-]?)?\\d(?:[ .-]?\\d){7,9}(?![\\d])");

	private IdentifyingText() {
	}

	/**
	 * The message key of the first problem found, or empty when the text is fit for an
	 * anonymous record.
	 */
	public static Optional<String> problem(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		if (NATIONAL_ID.matcher(text).find()) {
			return Optional.of("anonymous.text.nationalId");
		}
		if (EMAIL.matcher(text).find()) {
			return Optional.of("anonymous.text.email");
		}
		if (PHONE.matcher(text).find()) {
			return Optional.of("anonymous.text.phone");
		}
		return Optional.empty();
	}

}
