package no.feltlogg.fieldwork;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EncounterRepository extends JpaRepository<Encounter, UUID> {

	@EntityGraph(attributePaths = { "counts", "youths" })
	Optional<Encounter> findByIdAndTeamId(UUID id, UUID teamId);

	@Query(value = "select place_id from encounter where team_id = ?1 and created_by = ?2 and place_id is not null "
			+ "order by created_at desc limit 1", nativeQuery = true)
	Optional<UUID> lastPlaceUsedBy(UUID teamId, UUID accountId);

}
