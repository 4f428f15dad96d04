package no.feltlogg.support;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * The code an authenticator app shows for a TOTP secret (RFC 6238, SHA-1, 6 digits, 30
 * s), as a person would type it.
 */
public final class Totp {

	private Totp() {
	}

	/**
	 * The code for now, or for the time step {@code stepsAhead} after it (each code is
	 * accepted only once).
	 */
	public static String code(String secret, int stepsAhead) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
					Instant.now().getEpochSecond() / 30 + stepsAhead);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
