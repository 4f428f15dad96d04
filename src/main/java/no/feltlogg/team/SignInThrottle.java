package no.feltlogg.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, each with one atomic statement (no
 * read-modify-write), so that parallel attempts on one or several application instances
 * are all counted.
 * <p>
 * Per account: the first {@value #FREE_FAILURES} failures in a row cost nothing; from
 * then on each failure that is not made during a running delay locks the account for
 * {@link #FIRST_DELAY} doubled for every further failure, at most {@link #MAX_DELAY}.
 * Attempts made during a delay are counted but do not lengthen it, so a stranger who
 * knows a username cannot push the delay beyond {@link #MAX_DELAY}.
 * <p>
 * Per client address: after {@code feltlogg.sign-in.address-failures} failures (default
 * 30) within {@link #ADDRESS_WINDOW}, the address is refused until the window ends,
 * before any password is checked.
 */
@Component
class SignInThrottle {

	static final int FREE_FAILURES = 4;

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

	/** The doubling stops here: 30 s × 2^5 is already beyond {@link #MAX_DELAY}. */
	private static final int MAX_DOUBLINGS = 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int addressFailures;

	SignInThrottle(JdbcClient jdbc, Clock clock,
			@Value("${feltlogg.sign-in.address-failures:30}") int addressFailures) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.addressFailures = addressFailures;
	}

	/** The account's state after one failure more; empty for an unknown username. */
	Optional<AccountFailures> accountFailed(String username, Instant at) {
		return jdbc
			.sql("""
					update account set failed_logins = failed_logins + 1,
					    locked_until = case
					        when failed_logins + 1 > :free and (locked_until is null or locked_until <= :at)
					        then :at + least(make_interval(secs => :first * power(2, least(failed_logins - :free, :doublings))),
					                         make_interval(secs => :max))
					        else locked_until end
					where lower(username) = lower(:username)
					returning failed_logins, locked_until""")
			.param("free", FREE_FAILURES)
			.param("at", utc(at))
			.param("first", FIRST_DELAY.toSeconds())
			.param("doublings", MAX_DOUBLINGS)
			.param("max", MAX_DELAY.toSeconds())
			.param("username", username.trim())
			.query((rs, row) -> new AccountFailures(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class))))
			.optional();
	}

	void accountSucceeded(String username) {
		jdbc.sql("update account set failed_logins = 0, locked_until = null where lower(username) = lower(:username)"
				+ " and (failed_logins <> 0 or locked_until is not null)")
			.param("username", username.trim())
			.update();
	}

	/**
	 * Counts a failure from a client address; returns the failures counted in its current
	 * window.
	 */
	int addressFailed(String address, Instant at) {
		return jdbc.sql("""
				insert into sign_in_address as s (address, failures, window_start) values (:address, 1, :at)
				on conflict (address) do update set
				    failures = case when s.window_start <= :windowOpenedBefore then 1 else s.failures + 1 end,
				    window_start = case when s.window_start <= :windowOpenedBefore then :at else s.window_start end
				returning failures""")
			.param("address", address)
			.param("at", utc(at))
			.param("windowOpenedBefore", utc(at.minus(ADDRESS_WINDOW)))
			.query(Integer.class)
			.single();
	}

	/** When a client address may try again, if it has used up its failures. */
	Optional<Instant> addressBlockedUntil(String address) {
		var now = clock.instant();
		return jdbc.sql("""
				select window_start from sign_in_address
				where address = :address and failures >= :limit and window_start > :windowOpenedBefore""")
			.param("address", address)
			.param("limit", addressFailures)
			.param("windowOpenedBefore", utc(now.minus(ADDRESS_WINDOW)))
			.query(OffsetDateTime.class)
			.optional()
			.map(start -> start.toInstant().plus(ADDRESS_WINDOW));
	}

	/** When the account may try again, if it is in a delay. */
	Optional<Instant> accountLockedUntil(String username) {
		return jdbc
			.sql("select locked_until from account where lower(username) = lower(:username) and locked_until > :now")
			.param("username", username.trim())
			.param("now", utc(clock.instant()))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Forgets address windows that ended long ago, so that the table does not grow with
	 * every address ever seen.
	 */
	void forgetOldAddresses(Instant at) {
		jdbc.sql("delete from sign_in_address where window_start < :before")
			.param("before", utc(at.minus(Duration.ofDays(1))))
			.update();
	}

	Instant now() {
		return clock.instant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	record AccountFailures(int failures, @Nullable Instant lockedUntil) {
	}

}
