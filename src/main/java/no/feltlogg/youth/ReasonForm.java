package no.feltlogg.youth;

import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why someone needs to open a restricted record. */
record ReasonForm(@NotBlank @Size(min = 10, max = 500) String reason) {

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	/**
	 * Whether a reason says something a leader can read: at least two words of letters
	 * and five different letters. Ten times the same key, or {@code asdf asdf}, opens no
	 * record; the reason is what the leader reviews (the access log shows it), so it must
	 * be one.
	 */
	static boolean saysSomething(String reason) {
		var words = WORD.matcher(reason);
		int count = 0;
		while (words.find()) {
			count++;
		}
		long letters = reason.toLowerCase(java.util.Locale.ROOT)
			.codePoints()
			.filter(Character::isLetter)
			.distinct()
			.count();
		return count >= 2 && letters >= 5;
	}

}
