package no.feltlogg.team;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.shared.Role;

/** What an administrator does with the municipality's teams and accounts. Always scoped to her municipality. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class AccountAdministration {

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final Teams teamService;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	AccountAdministration(AccountRepository accounts, TeamRepository teams, Teams teamService,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.teams = teams;
		this.teamService = teamService;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
	}

	@Transactional(readOnly = true)
	public List<AccountRow> accounts(CurrentUser admin) {
		var teamNames = teamService.teamsOf(admin.municipalityId());
		return accounts.findByMunicipalityIdOrderByUsername(admin.municipalityId())
			.stream()
			.map(a -> new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(),
					teamNames.stream().filter(t -> t.id().equals(a.getTeamId())).map(TeamInfo::name).findFirst()
						.orElse(null),
					a.isEnabled()))
			.toList();
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
		return teamId == null || teams.findById(teamId)
			.filter(t -> t.getMunicipalityId().equals(admin.municipalityId()))
			.isPresent();
	}

	public UUID create(CurrentUser admin, String username, String displayName, Role role, @Nullable UUID teamId,
			String password) {
		requireOwnTeam(admin, teamId);
		passwordPolicy.require(password, username);
		return teamService.createAccount(new NewAccount(admin.municipalityId(), role.belongsToTeam() ? teamId : null,
				username, displayName, role, password));
	}

	public void update(CurrentUser admin, UUID id, long version, String displayName, Role role,
			@Nullable UUID teamId) {
		requireOwnTeam(admin, teamId);
		var account = account(admin, id);
		checkVersion(account.getVersion(), version);
		account.rename(displayName.trim());
		account.assignRole(role, role.belongsToTeam() ? teamId : null);
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
	}

	public void resetPassword(CurrentUser admin, UUID id, String password) {
		var account = account(admin, id);
		passwordPolicy.require(password, account.getUsername());
		account.resetPassword(passwordEncoder.encode(password));
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
		return teamService.createTeam(admin.municipalityId(), name);
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
