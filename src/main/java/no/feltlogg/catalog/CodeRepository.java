package no.feltlogg.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CodeRepository extends JpaRepository<Code, UUID> {

	Optional<Code> findByIdAndTeamId(UUID id, UUID teamId);

	Optional<Code> findByTeamIdAndKindAndCode(UUID teamId, CodeKind kind, String code);

	@Query("select c from Code c where c.teamId = ?1 and c.kind = ?2 and lower(c.label) = lower(?3)")
	Optional<Code> findByLabel(UUID teamId, CodeKind kind, String label);

	@Query("select c from Code c where c.teamId = ?1 and c.kind = no.feltlogg.catalog.CodeKind.PLACE and c.areaId = ?2"
			+ " and lower(c.label) = lower(?3)")
	Optional<Code> findPlaceInArea(UUID teamId, UUID areaId, String label);

	@Query("select coalesce(max(c.sortOrder), 0) from Code c where c.teamId = ?1 and c.kind = ?2")
	int maxSortOrder(UUID teamId, CodeKind kind);

	boolean existsByTeamIdAndKindAndCode(UUID teamId, CodeKind kind, String code);

}
