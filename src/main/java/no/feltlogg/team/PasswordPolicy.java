package no.feltlogg.team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set: at least {@value #MIN_LENGTH}
 * characters (at most {@value #MAX_LENGTH}), not among the 100 000 most common passwords
 * (a list shipped with the application, compared without regard to case), not the
 * username nor containing it, and not a run of a few characters repeated.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/**
	 * Fewer different characters than this is a pattern, not a password
	 * ({@code aaaaaaaaaaaa}, {@code abababab…}).
	 */
	static final int MIN_DISTINCT_CHARACTERS = 5;

	static final String LIST = "security/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * The message key of what is wrong with a new password, or empty when it may be used.
	 */
	Optional<String> problem(String password, String username) {
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return Optional.of("password.length");
		}
		var lower = password.toLowerCase(Locale.ROOT);
		var name = username.trim().toLowerCase(Locale.ROOT);
		if (!name.isEmpty() && lower.contains(name)) {
			return Optional.of("password.username");
		}
		if (common.contains(lower)) {
			return Optional.of("password.common");
		}
		if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
			return Optional.of("password.simple");
		}
		return Optional.empty();
	}

	/**
	 * Refuses a password the policy does not allow; for services behind a form that
	 * already checked it.
	 */
	void require(String password, String username) {
		problem(password, username).ifPresent(problem -> {
			throw new IllegalArgumentException("Password refused: " + problem);
		});
	}

	boolean isCommon(String password) {
		return common.contains(password.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		var passwords = new HashSet<String>(140_000);
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty()) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords " + LIST + " cannot be read", ex);
		}
		if (passwords.size() < 90_000) {
			throw new IllegalStateException("The list of common passwords " + LIST + " is incomplete");
		}
		return Set.copyOf(passwords);
	}

}
