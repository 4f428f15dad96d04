package no.feltlogg.team;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, UUID> {

	List<Team> findByMunicipalityIdOrderByName(UUID municipalityId);

	boolean existsByMunicipalityIdAndNameIgnoreCase(UUID municipalityId, String name);

}
