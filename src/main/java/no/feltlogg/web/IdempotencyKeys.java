package no.feltlogg.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The idempotency keys of posted forms, one row per account and key (table
 * idempotency_key, V56). A key is claimed by the first request that carries it, completed
 * with the redirect that request answered, or released when it ended otherwise (a form
 * shown again with errors, a failure), so that a corrected form can be sent with the same
 * key.
 */
@Component
class IdempotencyKeys {

	/**
	 * How long a claim without a result blocks a repeat; after that the first request is
	 * taken to have died.
	 */
	static final Duration ABANDONED = Duration.ofMinutes(2);

	/**
	 * How long a key is kept: longer than a phone stays offline in one night, shorter
	 * than anyone would keep a form.
	 */
	static final Duration KEPT = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	IdempotencyKeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a key holds: the form it was claimed for, its redirect once completed, and
	 * when it was claimed.
	 */
	record Claim(String kind, @Nullable String resultUrl, Instant createdAt) {

		boolean completed() {
			return resultUrl != null;
		}

	}

	/**
	 * Claims the key for this account; false when it was already claimed (by an earlier
	 * request with it).
	 */
	boolean claim(UUID accountId, @Nullable UUID teamId, UUID key, String kind) {
		jdbc.update("delete from idempotency_key where account_id = ? and created_at < clock_timestamp() - ?::interval",
				accountId, KEPT.toSeconds() + " seconds");
		return jdbc.update("insert into idempotency_key (account_id, key, team_id, kind) values (?, ?, ?, ?) "
				+ "on conflict do nothing", accountId, key, teamId, kind) == 1;
	}

	Optional<Claim> find(UUID accountId, UUID key) {
		List<Claim> claims = jdbc.query(
				"select kind, result_url, created_at from idempotency_key where account_id = ? and key = ?",
				(rs, row) -> new Claim(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), accountId,
				key);
		return claims.stream().findFirst();
	}

	void complete(UUID accountId, UUID key, String resultUrl) {
		jdbc.update("update idempotency_key set result_url = ? where account_id = ? and key = ?", resultUrl, accountId,
				key);
	}

	void release(UUID accountId, UUID key) {
		jdbc.update("delete from idempotency_key where account_id = ? and key = ? and result_url is null", accountId,
				key);
	}

	/** Releases a claim that never got a result and is older than {@link #ABANDONED}. */
	boolean releaseAbandoned(UUID accountId, UUID key) {
		return jdbc.update(
				"delete from idempotency_key where account_id = ? and key = ? and result_url is null "
						+ "and created_at < clock_timestamp() - ?::interval",
				accountId, key, ABANDONED.toSeconds() + " seconds") == 1;
	}

}
