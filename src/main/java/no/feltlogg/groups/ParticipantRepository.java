package no.feltlogg.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

	List<Participant> findByGroupIdOrderByJoinedOn(UUID groupId);

	List<Participant> findByGroupIdIn(Collection<UUID> groupIds);

	Optional<Participant> findByIdAndTeamId(UUID id, UUID teamId);

	Optional<Participant> findByGroupIdAndYouthId(UUID groupId, UUID youthId);

	List<Participant> findByTeamIdAndYouthIdOrderByJoinedOn(UUID teamId, UUID youthId);

	List<Participant> findByTeamIdAndYouthIdAndLeftOnIsNull(UUID teamId, UUID youthId);

}
