package no.feltlogg.fieldwork;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShiftRepository extends JpaRepository<Shift, UUID> {

	@EntityGraph(attributePaths = { "workers", "areas" })
	Optional<Shift> findByIdAndTeamId(UUID id, UUID teamId);

	@EntityGraph(attributePaths = { "workers", "areas" })
	@Query("select s from Shift s where s.teamId = ?1 and s.endedAt is null and ?2 member of s.workers order by s.startedAt desc")
	List<Shift> findOpen(UUID teamId, UUID accountId);

	@EntityGraph(attributePaths = { "workers", "areas" })
	@Query("select s from Shift s where s.teamId = ?1 and ?2 member of s.workers order by s.startedAt desc limit 50")
	List<Shift> findRecent(UUID teamId, UUID accountId);

}
