package no.feltlogg.team;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.shared.CurrentUser;

/** Loads staff accounts for form login. */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, TeamRepository teams, Clock clock) {
		this.accounts = accounts;
		this.teams = teams;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		var teamName = account.getTeamId() == null ? null
				: teams.findById(account.getTeamId()).map(Team::getName).orElse(null);
		return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getMunicipalityId(), account.getTeamId(), teamName, account.isEnabled(),
				account.isLockedAt(clock.instant()), account.getPasswordHash());
	}

}
