package no.feltlogg.journal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface JournalEntryRepository extends JpaRepository<JournalEntry, UUID> {

	List<JournalEntry> findByTeamIdAndYouthIdOrderByOccurredOnDescCreatedAtDesc(UUID teamId, UUID youthId);

	List<JournalEntry> findByCorrectsIdOrderByCreatedAt(UUID correctsId);

	List<JournalEntry> findTop100ByTeamIdAndYouthIdIsNullOrderByOccurredOnDescCreatedAtDesc(UUID teamId);

}
