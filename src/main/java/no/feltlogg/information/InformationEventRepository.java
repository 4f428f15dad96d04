package no.feltlogg.information;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InformationEventRepository extends JpaRepository<InformationEvent, UUID> {

	Optional<InformationEvent> findByIdAndTeamId(UUID id, UUID teamId);

}
