package no.feltlogg.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;

/**
 * One-time links with which a person sets her own password after an administrator's
 * reset. The token is 256 random bits, shown once; only its SHA-256 is stored. A link
 * expires after {@code feltlogg.password-link.valid-for} (default 12 hours) and works
 * once.
 */
@Service
class PasswordLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SecurityLog securityLog;

	private final Clock clock;

	private final Duration validFor;

	PasswordLinks(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, SecurityLog securityLog, Clock clock,
			@Value("${feltlogg.password-link.valid-for:PT12H}") Duration validFor) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.securityLog = securityLog;
		this.clock = clock;
		this.validFor = validFor;
	}

	/**
	 * Makes a new link for an account; earlier unused links of the account stop working.
	 * Returns the token.
	 */
	@Transactional
	String create(Account account, CurrentUser admin) {
		var now = clock.instant();
		jdbc.sql("update password_link set expires_at = greatest(created_at + interval '1 microsecond', ?) "
				+ "where account_id = ? and used_at is null and expires_at > ?")
			.params(Timestamp.from(now), account.getId(), Timestamp.from(now))
			.update();
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into password_link (id, account_id, token_hash, created_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), account.getId(), hash(token), admin.accountId(), Timestamp.from(now),
					Timestamp.from(now.plus(validFor)))
			.update();
		return token;
	}

	Instant validUntilFromNow() {
		return clock.instant().plus(validFor);
	}

	/** The account a valid (unused, unexpired) link is for. */
	@Transactional(readOnly = true)
	Optional<Account> accountOf(String token) {
		return jdbc
			.sql("select account_id from password_link where token_hash = ? and used_at is null and expires_at > ?")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query(UUID.class)
			.optional()
			.flatMap(accounts::findById);
	}

	/**
	 * Sets the password through a link and uses the link up. Returns false when the link
	 * is unknown, used or expired (also when two requests race with one link: only one
	 * wins).
	 */
	@Transactional
	boolean setPassword(String token, String password) {
		var now = Timestamp.from(clock.instant());
		var accountId = jdbc.sql("""
				update password_link set used_at = ?
				 where token_hash = ? and used_at is null and expires_at > ?
				returning account_id""").params(now, hash(token), now).query(UUID.class).optional();
		if (accountId.isEmpty()) {
			return false;
		}
		var account = accounts.findById(accountId.get()).orElseThrow();
		passwordPolicy.require(password, account.getUsername()); // the form checked it;
																	// refused here, the
																	// link stays
		account.setOwnPassword(passwordEncoder.encode(password), now.toInstant());
		securityLog.insert(SecurityLog.Row.about(SecurityEvent.PASSWORD_SET, account));
		return true;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

}
