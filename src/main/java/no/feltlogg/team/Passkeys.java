package no.feltlogg.team;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;

/**
 * The passkeys (WebAuthn credentials) a person registered, in the tables of Spring
 * Security's JDBC repositories (V57): listed on her second-factor page by the name she
 * gave them, and removed by her or by an administrator.
 */
@Service
@Transactional
class Passkeys {

	private final JdbcClient jdbc;

	Passkeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Passkey> of(String username) {
		return jdbc.sql("""
				select c.credential_id, c.label, c.created, c.last_used
				from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where u.name = :name order by c.created, c.credential_id""")
			.param("name", username)
			.query((rs, row) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
					instant(rs.getTimestamp("created")), instant(rs.getTimestamp("last_used"))))
			.list();
	}

	@Transactional(readOnly = true)
	boolean any(UUID accountId) {
		return jdbc.sql("""
				select exists (select 1 from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				               join account a on a.username = u.name where a.id = :id)""")
			.param("id", accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Removes one of the person's own passkeys; false if she has none by that id (another
	 * person's, say).
	 */
	boolean remove(CurrentUser user, String credentialId) {
		return jdbc.sql("""
				delete from user_credentials c using user_entities u
				where u.id = c.user_entity_user_id and u.name = :name and c.credential_id = :credential""")
			.param("name", user.getUsername())
			.param("credential", credentialId)
			.update() == 1;
	}

	/** Removes every passkey of the person; returns how many. */
	int removeAll(String username) {
		return jdbc.sql("""
				delete from user_credentials c using user_entities u
				where u.id = c.user_entity_user_id and u.name = :name""").param("name", username).update();
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** A passkey as shown to its owner. */
	record Passkey(String credentialId, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
	}

}
