package no.feltlogg.referrals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

	@EntityGraph(attributePaths = "history")
	Optional<Referral> findWithHistoryById(UUID id);

	@EntityGraph(attributePaths = "history")
	List<Referral> findByTeamIdAndYouthIdOrderByReferredOnDescCreatedAtDesc(UUID teamId, UUID youthId);

	List<Referral> findByTeamIdAndStatusInOrderByFollowUpOnAscReferredOnAsc(UUID teamId,
			Collection<ReferralStatus> statuses);

	List<Referral> findByConsentIdAndStatusIn(UUID consentId, Collection<ReferralStatus> statuses);

	/** Referrals under a duty that no leader has marked seen yet, oldest first. */
	@Query("""
			select r from Referral r
			 where r.teamId = :teamId and r.legalBasis <> no.feltlogg.referrals.LegalBasis.CONSENT
			   and r.leaderSeenAt is null
			 order by r.createdAt""")
	List<Referral> awaitingLeader(UUID teamId);

	/** The latest referrals under a duty, seen or not, for the leader's overview. */
	List<Referral> findTop50ByTeamIdAndLegalBasisInOrderByCreatedAtDesc(UUID teamId, Collection<LegalBasis> legalBases);

	boolean existsByTeamId(UUID teamId);

}
