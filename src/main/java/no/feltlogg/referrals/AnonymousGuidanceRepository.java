package no.feltlogg.referrals;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnonymousGuidanceRepository extends JpaRepository<AnonymousGuidance, UUID> {

	List<AnonymousGuidance> findTop100ByTeamIdOrderByGuidedOnDescRecordedAtDesc(UUID teamId);

}
