package no.feltlogg.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;

/**
 * The second factor of local accounts: TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps,
 * one step either side for clock drift) and ten one-time recovery codes stored as
 * SHA-256. A code is accepted once only (the last accepted step is kept), and a wrong
 * code counts as a failed sign-in, so the same delays hold as for passwords.
 */
@Service
@Transactional
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	static final int PERIOD_SECONDS = 30;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final SignInThrottle throttle;

	private final Passkeys passkeys;

	private final Set<Role> requiredRoles;

	private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final SecureRandom random = new SecureRandom();

	SecondFactors(JdbcClient jdbc, SignInThrottle throttle, Passkeys passkeys,
			@Value("${feltlogg.mfa.required-roles:WORKER,LEADER,SLT,ADMIN}") String requiredRoles) {
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.passkeys = passkeys;
		this.requiredRoles = Arrays.stream(requiredRoles.split(","))
			.map(String::trim)
			.filter(role -> !role.isEmpty())
			.map(role -> Role.valueOf(role.toUpperCase(Locale.ROOT)))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether the person has a second factor enrolled: TOTP, or a passkey. */
	@Transactional(readOnly = true)
	public boolean enrolled(UUID accountId) {
		return totpEnrolled(accountId) || passkeys.any(accountId);
	}

	/** Whether the person has TOTP (and so recovery codes). */
	@Transactional(readOnly = true)
	boolean totpEnrolled(UUID accountId) {
		return jdbc.sql("select count(*) from account_totp where account_id = :id")
			.param("id", accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Removes every second factor of the person (TOTP, recovery codes, passkeys); whether
	 * she had any.
	 */
	boolean removeAll(UUID accountId, String username) {
		var removed = jdbc.sql("delete from account_totp where account_id = :id").param("id", accountId).update();
		removed += jdbc.sql("delete from account_recovery_code where account_id = :id").param("id", accountId).update();
		removed += passkeys.removeAll(username);
		return removed > 0;
	}

	/**
	 * Whether the person's role must have a second factor
	 * ({@code FELTLOGG_MFA_REQUIRED_ROLES}).
	 */
	public boolean required(CurrentUser user) {
		return requiredRoles.contains(user.role());
	}

	/** A new random secret, base32, 160 bits. */
	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	String otpauthUri(String username, String secret) {
		return new QrData.Builder().label(username)
			.secret(secret)
			.issuer("Feltlogg")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build()
			.getUri();
	}

	/**
	 * The QR code of an otpauth URI as an SVG image (one path, no script), to be shown as
	 * a data URI.
	 */
	String qrSvg(String uri) {
		try {
			var matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0);
			var quiet = 4;
			var size = matrix.getWidth() + 2 * quiet;
			var path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x + quiet).append(' ').append(y + quiet).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
					+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
					+ path + "\" fill=\"#000\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The QR code cannot be made", ex);
		}
	}

	/**
	 * Enrols TOTP with a secret the person's app shows a code for; returns the ten
	 * recovery codes to show once, or empty if the code does not fit the secret or the
	 * person has a second factor already.
	 */
	public Optional<List<String>> enrol(CurrentUser user, String secret, String code) {
		var at = throttle.now();
		var step = matchingStep(secret, code, at);
		if (step.isEmpty()) {
			throttle.accountFailed(user.getUsername(), at);
			return Optional.empty();
		}
		var inserted = jdbc
			.sql("""
					insert into account_totp (account_id, secret, enrolled_at, last_used_step) values (:id, :secret, :at, :step)
					on conflict (account_id) do nothing""")
			.param("id", user.accountId())
			.param("secret", secret)
			.param("at", utc(at))
			.param("step", step.get())
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(newRecoveryCodes(user.accountId(), at));
	}

	/** Enrols a known secret without a code, for the demo's published accounts only. */
	public void enrolPublishedSecret(String username, String secret) {
		jdbc.sql("""
				insert into account_totp (account_id, secret, enrolled_at)
				select id, :secret, :at from account where lower(username) = lower(:username)
				on conflict (account_id) do nothing""")
			.param("secret", secret)
			.param("username", username)
			.param("at", utc(throttle.now()))
			.update();
	}

	/**
	 * Checks a code typed at sign-in: a TOTP code, or one of the recovery codes (used up
	 * by this).
	 */
	public Verification verify(CurrentUser user, String typed) {
		var delayed = throttle.accountLockedUntil(user.getUsername());
		if (delayed.isPresent()) {
			return new Verification(false, delayed.get());
		}
		var code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		var at = throttle.now();
		if (code.matches("\\d{6}") ? acceptTotp(user.accountId(), code, at)
				: acceptRecoveryCode(user.accountId(), code, at)) {
			return new Verification(true, null);
		}
		var failures = throttle.accountFailed(user.getUsername(), at);
		return new Verification(false, failures.map(SignInThrottle.AccountFailures::lockedUntil).orElse(null));
	}

	/**
	 * When the person may try again, if her account is in a delay after failed attempts.
	 */
	@Transactional(readOnly = true)
	Optional<Instant> delayedUntil(CurrentUser user) {
		return throttle.accountLockedUntil(user.getUsername());
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(UUID accountId) {
		return jdbc.sql("select count(*) from account_recovery_code where account_id = :id and used_at is null")
			.param("id", accountId)
			.query(Integer.class)
			.single();
	}

	private boolean acceptTotp(UUID accountId, String code, Instant at) {
		var secret = jdbc.sql("select secret from account_totp where account_id = :id")
			.param("id", accountId)
			.query(String.class)
			.optional();
		if (secret.isEmpty()) {
			return false;
		}
		var step = matchingStep(secret.get(), code, at);
		return step.isPresent() && jdbc.sql("""
				update account_totp set last_used_step = :step
				where account_id = :id and (last_used_step is null or last_used_step < :step)""")
			.param("step", step.get())
			.param("id", accountId)
			.update() == 1;
	}

	private boolean acceptRecoveryCode(UUID accountId, String code, Instant at) {
		return jdbc.sql("""
				update account_recovery_code set used_at = :at
				where account_id = :id and code_hash = :hash and used_at is null""")
			.param("at", utc(at))
			.param("id", accountId)
			.param("hash", sha256(code))
			.update() == 1;
	}

	/**
	 * The time step (one either side of now for clock drift) whose code is the one typed.
	 */
	private Optional<Long> matchingStep(String secret, String code, Instant at) {
		var typed = code.trim();
		if (!typed.matches("\\d{6}")) {
			return Optional.empty();
		}
		var now = at.getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
						typed.getBytes(StandardCharsets.US_ASCII))) {
					return Optional.of(step);
				}
			}
			catch (CodeGenerationException ex) {
				throw new IllegalStateException("A TOTP code cannot be computed", ex);
			}
		}
		return Optional.empty();
	}

	private List<String> newRecoveryCodes(UUID accountId, Instant at) {
		jdbc.sql("delete from account_recovery_code where account_id = :id").param("id", accountId).update();
		var result = new ArrayList<String>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			var code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			jdbc.sql("""
					insert into account_recovery_code (id, account_id, code_hash, created_at)
					values (:id, :account, :hash, :at)""")
				.param("id", UUID.randomUUID())
				.param("account", accountId)
				.param("hash", sha256(code.toString()))
				.param("at", utc(at))
				.update();
			result.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return List.copyOf(result);
	}

	private static String sha256(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	/**
	 * The outcome of a code typed at sign-in; {@code retryAt} is set when the account is
	 * in a delay.
	 */
	public record Verification(boolean accepted, @org.jspecify.annotations.Nullable Instant retryAt) {
	}

}
