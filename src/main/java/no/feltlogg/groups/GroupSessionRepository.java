package no.feltlogg.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupSessionRepository extends JpaRepository<GroupSession, UUID> {

	@EntityGraph(attributePaths = { "attendance", "anonymous" })
	Optional<GroupSession> findByIdAndTeamId(UUID id, UUID teamId);

	@EntityGraph(attributePaths = { "attendance", "anonymous" })
	List<GroupSession> findByGroupIdOrderBySessionDateAscStartsAtAsc(UUID groupId);

	List<GroupSession> findByGroupIdInOrderBySessionDateAscStartsAtAsc(Collection<UUID> groupIds);

	/** Sessions of the team where the youth's attendance is recorded, newest first. */
	@Query("""
			select distinct s from GroupSession s join s.attendance a
			 where s.teamId = :teamId and a.youthId = :youthId
			 order by s.sessionDate desc""")
	@EntityGraph(attributePaths = "attendance")
	List<GroupSession> withAttendanceOf(UUID teamId, UUID youthId);

}
