package no.feltlogg.apitokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.Role;
import no.feltlogg.team.TeamInfo;
import no.feltlogg.team.Teams;

/**
 * API tokens: 256 random bits, shown once, kept only as their SHA-256 (ADR 0035). An
 * administrator makes tokens for the municipality or one team; a leader for her own team.
 * A token reads with the rights an SLT coordinator has (suppressed figures), except a
 * token of one team made by that team's leader while she still leads it, which reads that
 * team's figures as she does.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "flt_";

	/**
	 * The characters of a token shown in the list, to tell tokens apart: {@code flt_} and
	 * four more.
	 */
	static final int SHOWN = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Teams teams;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Teams teams, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
	}

	/** A token just made: the token itself, which is never stored or shown again. */
	record Created(UUID id, String token) {
	}

	/**
	 * What a valid token reads as: the municipality, the team (or none), and whether it
	 * reads as the team's leader.
	 */
	record Reader(UUID tokenId, String name, UUID municipalityId, @Nullable UUID teamId, @Nullable String teamName,
			boolean asLeader) {
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
	public Created create(CurrentUser creator, String name, @Nullable UUID teamId) {
		UUID team;
		if (creator.role() == Role.LEADER) {
			team = creator.requireTeamId();
		}
		else if (creator.role() == Role.ADMIN) {
			team = teamId;
			if (team != null && !teamOfMunicipality(creator, team)) {
				throw new NotFoundException("Team");
			}
		}
		else {
			throw new AccessDeniedException("Only administrators and leaders make API tokens");
		}
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into api_token (id, municipality_id, team_id, name, token_hash, token_prefix, created_by,
				                       created_by_role, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, creator.municipalityId(), team, name.trim(), hash(token), token.substring(0, SHOWN),
					creator.accountId(), creator.role().name(), Timestamp.from(clock.instant()))
			.update();
		return new Created(id, token);
	}

	/**
	 * The municipality's tokens for an administrator, the own team's for a leader; newest
	 * first.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
	public List<ApiToken> list(CurrentUser user) {
		var sql = """
				select t.*, tm.name as team_name, a.display_name as creator_name
				  from api_token t
				  left join team tm on tm.id = t.team_id
				  left join account a on a.id = t.created_by
				 where t.municipality_id = :municipality""";
		var query = user.role() == Role.LEADER
				? jdbc.sql(sql + " and t.team_id = :team order by t.created_at desc")
					.param("municipality", user.municipalityId())
					.param("team", user.requireTeamId())
				: jdbc.sql(sql + " order by t.created_at desc").param("municipality", user.municipalityId());
		return query.query(ApiTokens::token).list();
	}

	/**
	 * Revokes a token the user may see; a token of another municipality or team is not
	 * found.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
	public void revoke(CurrentUser user, UUID id) {
		var token = list(user).stream()
			.filter(t -> t.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("API token"));
		if (token.revoked()) {
			return;
		}
		jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), user.accountId(), id)
			.update();
	}

	/**
	 * The reader a presented token stands for, when it is known and not revoked; its last
	 * use is recorded. A team token made by a leader reads as the leader only while she
	 * is still an enabled leader of that team.
	 */
	@Transactional
	public Optional<Reader> authenticate(String presented) {
		if (!presented.startsWith(PREFIX) || presented.length() > 200) {
			return Optional.empty();
		}
		var found = jdbc.sql("""
				select id, name, municipality_id, team_id, created_by, created_by_role
				  from api_token where token_hash = ? and revoked_at is null""")
			.param(hash(presented))
			.query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("municipality_id", UUID.class), rs.getObject("team_id", UUID.class),
					rs.getObject("created_by", UUID.class), rs.getString("created_by_role")))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var token = found.get();
		var team = token.teamId();
		boolean asLeader = team != null && Role.LEADER.name().equals(token.createdByRole())
				&& teams.activeStaff(team)
					.stream()
					.anyMatch(s -> s.accountId().equals(token.createdBy()) && s.role() == Role.LEADER);
		jdbc.sql("update api_token set last_used_at = ? where id = ?")
			.params(Timestamp.from(clock.instant()), token.id())
			.update();
		return Optional.of(new Reader(token.id(), token.name(), token.municipalityId(), team,
				team == null ? null : teams.team(team).name(), asLeader));
	}

	/** A token's row as a request finds it by its hash. */
	private record Stored(UUID id, String name, UUID municipalityId, @Nullable UUID teamId, UUID createdBy,
			String createdByRole) {
	}

	/** The teams an administrator may scope a token to. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<TeamInfo> teams(CurrentUser admin) {
		return teams.teamsOf(admin.municipalityId());
	}

	private boolean teamOfMunicipality(CurrentUser user, UUID team) {
		return teams.teamsOf(user.municipalityId()).stream().anyMatch(t -> t.id().equals(team));
	}

	/**
	 * SHA-256 of the token in hex: the token has 256 random bits, so no salt or slow hash
	 * is needed (ADR 0035).
	 */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("team_id", UUID.class),
				rs.getString("team_name"), rs.getString("token_prefix"), rs.getString("created_by_role"),
				rs.getString("creator_name"), instant(rs, "created_at"), instant(rs, "revoked_at"),
				instant(rs, "last_used_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
