package no.feltlogg.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import no.feltlogg.shared.Role;

interface AccountRepository extends JpaRepository<Account, UUID> {

	@Query("select a from Account a where lower(a.username) = lower(?1)")
	Optional<Account> findByUsername(String username);

	@Query("select a from Account a where lower(a.externalId) = lower(?1)")
	Optional<Account> findByExternalId(String externalId);

	boolean existsByRole(Role role);

	List<Account> findByMunicipalityIdOrderByUsername(UUID municipalityId);

	List<Account> findByTeamIdAndEnabledTrueOrderByDisplayName(UUID teamId);

	List<Account> findByTeamIdOrderByDisplayName(UUID teamId);

}
