package no.feltlogg.team;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.Role;

/**
 * What an administrator does with the municipality's teams and accounts. Always scoped to
 * her municipality.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class AccountAdministration {

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final Teams teamService;

	private final SecurityLog securityLog;

	private final PasswordLinks passwordLinks;

	private final PasswordPolicy passwordPolicy;

	private final SecondFactors secondFactors;

	private final SignedInSessions sessions;

	AccountAdministration(AccountRepository accounts, TeamRepository teams, Teams teamService, SecurityLog securityLog,
			PasswordLinks passwordLinks, PasswordPolicy passwordPolicy, SecondFactors secondFactors,
			SignedInSessions sessions) {
		this.secondFactors = secondFactors;
		this.sessions = sessions;
		this.accounts = accounts;
		this.teams = teams;
		this.teamService = teamService;
		this.securityLog = securityLog;
		this.passwordLinks = passwordLinks;
		this.passwordPolicy = passwordPolicy;
	}

	@Transactional(readOnly = true)
	public List<AccountRow> accounts(CurrentUser admin) {
		var teamNames = teamService.teamsOf(admin.municipalityId());
		return accounts.findByMunicipalityIdOrderByUsername(admin.municipalityId())
			.stream()
			.map(a -> new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(),
					teamNames.stream()
						.filter(t -> t.id().equals(a.getTeamId()))
						.map(TeamInfo::name)
						.findFirst()
						.orElse(null),
					a.isEnabled()))
			.toList();
	}

	/**
	 * Whether the person has a second factor (TOTP or a passkey), for the administrator's
	 * page.
	 */
	@Transactional(readOnly = true)
	public boolean hasSecondFactor(CurrentUser admin, UUID id) {
		return secondFactors.enrolled(account(admin, id).getId());
	}

	/**
	 * Removes a person's lost second factor: her TOTP, recovery codes and passkeys.
	 * Security-logged; all her sessions end, and she enrols again at her next sign-in
	 * (where her role requires a second factor). Returns whether she had any.
	 */
	public boolean removeSecondFactor(CurrentUser admin, UUID id) {
		var account = account(admin, id);
		var removed = secondFactors.removeAll(account.getId(), account.getUsername());
		securityLog.insert(SecurityLog.Row.by(SecurityEvent.SECOND_FACTOR_REMOVED, admin)
			.target(id, account.getUsername())
			.teams(account.getTeamId(), null)
			.detail(removed ? "TOTP, recovery codes and passkeys removed" : "none enrolled"));
		sessions.endAll(account.getUsername());
		return removed;
	}

	@Transactional(readOnly = true)
	public Account account(CurrentUser admin, UUID id) {
		return accounts.findById(id)
			.filter(a -> a.getMunicipalityId().equals(admin.municipalityId()))
			.orElseThrow(() -> new NotFoundException("Account"));
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean isOwnTeam(CurrentUser admin, @Nullable UUID teamId) {
		return teamId == null
				|| teams.findById(teamId).filter(t -> t.getMunicipalityId().equals(admin.municipalityId())).isPresent();
	}

	public UUID create(CurrentUser admin, String username, String displayName, Role role, @Nullable UUID teamId,
			String password) {
		requireOwnTeam(admin, teamId);
		passwordPolicy.require(password, username);
		var team = role.belongsToTeam() ? teamId : null;
		var id = teamService
			.createAccount(new NewAccount(admin.municipalityId(), team, username, displayName, role, password));
		var account = account(admin, id);
		securityLog.insert(SecurityLog.Row.by(SecurityEvent.ACCOUNT_CREATED, admin)
			.target(id, account.getUsername())
			.teams(team, null)
			.change(null, describe(account)));
		return id;
	}

	public void update(CurrentUser admin, UUID id, long version, String displayName, Role role, @Nullable UUID teamId) {
		requireOwnTeam(admin, teamId);
		var account = account(admin, id);
		checkVersion(account.getVersion(), version);
		var team = role.belongsToTeam() ? teamId : null;
		if (isOwnRoleOrTeamChange(admin, account, role, team)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"An administrator cannot change her own role or team");
		}
		var before = describe(account);
		var formerTeam = account.getTeamId();
		account.rename(displayName.trim());
		account.assignRole(role, team);
		var after = describe(account);
		if (!before.equals(after)) {
			securityLog.insert(SecurityLog.Row.by(SecurityEvent.ACCOUNT_CHANGED, admin)
				.target(id, account.getUsername())
				.teams(team, formerTeam)
				.change(before, after));
		}
	}

	/**
	 * Whether an administrator is about to change her own role or team, which she may
	 * not.
	 */
	static boolean isOwnRoleOrTeamChange(CurrentUser admin, Account account, Role role, @Nullable UUID teamId) {
		return account.getId().equals(admin.accountId())
				&& (account.getRole() != role || !java.util.Objects.equals(account.getTeamId(), teamId));
	}

	public void setEnabled(CurrentUser admin, UUID id, boolean enabled) {
		var account = account(admin, id);
		if (account.getId().equals(admin.accountId()) && !enabled) {
			throw new IllegalArgumentException("An administrator cannot disable her own account");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		securityLog
			.insert(SecurityLog.Row.by(enabled ? SecurityEvent.ACCOUNT_ENABLED : SecurityEvent.ACCOUNT_DISABLED, admin)
				.target(id, account.getUsername())
				.teams(account.getTeamId(), null));
	}

	/**
	 * Makes a one-time link with which the person sets her own password; the
	 * administrator never learns it. Returns the link's token, to be shown once.
	 */
	public String createPasswordLink(CurrentUser admin, UUID id) {
		var account = account(admin, id);
		var token = passwordLinks.create(account, admin);
		securityLog.insert(SecurityLog.Row.by(SecurityEvent.PASSWORD_LINK_CREATED, admin)
			.target(id, account.getUsername())
			.teams(account.getTeamId(), null)
			.detail("valid until " + passwordLinks.validUntilFromNow()));
		return token;
	}

	@Transactional(readOnly = true)
	public List<TeamInfo> teams(CurrentUser admin) {
		return teamService.teamsOf(admin.municipalityId());
	}

	@Transactional(readOnly = true)
	public boolean teamNameTaken(CurrentUser admin, String name) {
		return teams.existsByMunicipalityIdAndNameIgnoreCase(admin.municipalityId(), name.trim());
	}

	public UUID createTeam(CurrentUser admin, String name) {
		var id = teamService.createTeam(admin.municipalityId(), name);
		securityLog
			.insert(SecurityLog.Row.by(SecurityEvent.TEAM_CREATED, admin).target(id, name.trim()).teams(id, null));
		return id;
	}

	/**
	 * Role, team (by name) and name of an account, as the security log shows them before
	 * and after a change.
	 */
	private String describe(Account account) {
		var team = account.getTeamId() == null ? "-"
				: teams.findById(account.getTeamId()).map(Team::getName).orElse(account.getTeamId().toString());
		return "role=" + account.getRole() + "; team=" + team + "; name=" + account.getDisplayName() + "; enabled="
				+ account.isEnabled();
	}

	private void requireOwnTeam(CurrentUser admin, @Nullable UUID teamId) {
		if (!isOwnTeam(admin, teamId)) {
			throw new NotFoundException("Team");
		}
	}

	private static void checkVersion(Long actual, long expected) {
		if (actual != expected) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Account.class, "account");
		}
	}

	record AccountRow(UUID id, String username, String displayName, Role role, @Nullable String teamName,
			boolean enabled) {
	}

}
