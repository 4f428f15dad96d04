package no.feltlogg.groups;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityGroupRepository extends JpaRepository<ActivityGroup, UUID> {

	@EntityGraph(attributePaths = "staff")
	Optional<ActivityGroup> findByIdAndTeamId(UUID id, UUID teamId);

	@EntityGraph(attributePaths = "staff")
	List<ActivityGroup> findByTeamIdOrderByStartsOnDescNameAsc(UUID teamId);

	boolean existsByTeamId(UUID teamId);

}
