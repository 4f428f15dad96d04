package no.feltlogg.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Gender as recorded and reported. Published tables use boys and girls; other and unknown
 * are kept apart.
 */
public enum Gender {

	BOY, GIRL, OTHER, UNKNOWN;

	/** The code used in the API and in CSV files: {@code boy|girl|other|unknown}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads {@code boy|girl|other|unknown} or the Norwegian
	 * {@code gutt|jente|annet|ukjent}, in any case.
	 */
	public static Optional<Gender> parse(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "boy", "gutt" -> Optional.of(BOY);
			case "girl", "jente" -> Optional.of(GIRL);
			case "other", "annet" -> Optional.of(OTHER);
			case "unknown", "ukjent" -> Optional.of(UNKNOWN);
			default -> Optional.empty();
		};
	}

}
