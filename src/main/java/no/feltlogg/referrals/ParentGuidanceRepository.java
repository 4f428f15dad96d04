package no.feltlogg.referrals;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParentGuidanceRepository extends JpaRepository<ParentGuidance, UUID> {

	List<ParentGuidance> findTop100ByTeamIdOrderByGuidedOnDescRecordedAtDesc(UUID teamId);

}
