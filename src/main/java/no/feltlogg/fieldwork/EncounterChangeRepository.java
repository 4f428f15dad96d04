package no.feltlogg.fieldwork;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EncounterChangeRepository extends JpaRepository<EncounterChange, UUID> {

	List<EncounterChange> findByEncounterIdAndTeamIdOrderByChangedAt(UUID encounterId, UUID teamId);

}
