package no.feltlogg.team;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * The team module's public service: who belongs to which team, and the set-up of
 * municipality, teams and accounts for start-up tasks (first administrator, demo data)
 * and the administration pages.
 */
@Service
@Transactional(readOnly = true)
public class Teams {

	private final MunicipalityRepository municipalities;

	private final TeamRepository teams;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Teams(MunicipalityRepository municipalities, TeamRepository teams, AccountRepository accounts,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
		this.municipalities = municipalities;
		this.teams = teams;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	public TeamInfo team(UUID teamId) {
		return teams.findById(teamId).map(Teams::info).orElseThrow(() -> new NotFoundException("Team"));
	}

	public List<TeamInfo> teamsOf(UUID municipalityId) {
		return teams.findByMunicipalityIdOrderByName(municipalityId).stream().map(Teams::info).toList();
	}

	/** Enabled workers and leaders of a team, by name. */
	public List<StaffMember> activeStaff(UUID teamId) {
		return accounts.findByTeamIdAndEnabledTrueOrderByDisplayName(teamId)
			.stream()
			.map(a -> new StaffMember(a.getId(), a.getDisplayName(), a.getRole()))
			.toList();
	}

	/**
	 * Names of everyone who is or was on a team's staff, disabled accounts included, for
	 * showing old records.
	 */
	public java.util.Map<UUID, String> staffNames(UUID teamId) {
		var names = new java.util.LinkedHashMap<UUID, String>();
		accounts.findByTeamIdOrderByDisplayName(teamId).forEach(a -> names.put(a.getId(), a.getDisplayName()));
		return names;
	}

	/**
	 * Whether a signed-in session still speaks for its account: the account exists, is
	 * enabled and has the role and team it had at sign-in. Checked on every request, so a
	 * disabled account is refused mid-session.
	 */
	public boolean isStillValid(CurrentUser user) {
		return accounts.findById(user.accountId())
			.filter(Account::isEnabled)
			.filter(a -> a.getRole() == user.role() && Objects.equals(a.getTeamId(), user.teamId()))
			.isPresent();
	}

	/**
	 * As {@link #isStillValid(CurrentUser)}, and the password was not set anew since the
	 * session signed in.
	 */
	public boolean isStillValid(CurrentUser user, java.time.Instant signedInAt) {
		return isStillValid(user)
				&& accounts.findById(user.accountId()).filter(a -> a.acceptsSessionSignedInAt(signedInAt)).isPresent();
	}

	@Transactional
	public UUID ensureMunicipality(String name) {
		return municipalities.findByName(name).orElseGet(() -> municipalities.save(new Municipality(name))).getId();
	}

	@Transactional
	public UUID createTeam(UUID municipalityId, String name) {
		var team = teams.save(new Team(municipalityId, name.trim(), clock.instant()));
		events.publishEvent(new TeamCreated(team.getId()));
		return team.getId();
	}

	@Transactional
	public UUID createAccount(NewAccount account) {
		return accounts
			.save(new Account(account.municipalityId(), account.teamId(), account.username().toLowerCase(Locale.ROOT),
					account.displayName().trim(), account.role(), passwordEncoder.encode(account.password()),
					clock.instant()))
			.getId();
	}

	static TeamInfo info(Team team) {
		return new TeamInfo(team.getId(), team.getMunicipalityId(), team.getName());
	}

}
