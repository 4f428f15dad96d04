package no.feltlogg.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRepository extends JpaRepository<ServiceEntry, UUID> {

	List<ServiceEntry> findByTeamIdOrderByName(UUID teamId);

	Optional<ServiceEntry> findByIdAndTeamId(UUID id, UUID teamId);

	boolean existsByTeamIdAndNameIgnoreCase(UUID teamId, String name);

}
