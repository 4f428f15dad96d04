package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface YouthRepository extends JpaRepository<Youth, UUID> {

	Optional<Youth> findByIdAndTeamId(UUID id, UUID teamId);

	/**
	 * The same folding as the search column, done by PostgreSQL so that both sides agree.
	 */
	@Query(value = "select feltlogg_fold(:text)", nativeQuery = true)
	String fold(String text);

	@Query("""
			select y from Youth y
			 where y.teamId = :teamId
			   and y.searchName like :pattern escape '\\'
			   and (:birthYear is null or y.birthYear = :birthYear)
			   and (:schoolId is null or y.schoolId = :schoolId)
			   and (:includeClosed = true or y.status = no.feltlogg.youth.YouthStatus.ACTIVE)
			 order by y.name""")
	List<Youth> search(UUID teamId, String pattern, @Nullable Integer birthYear, @Nullable UUID schoolId,
			boolean includeClosed);

	@Query("""
			select y from Youth y join y.contactIds c
			 where y.teamId = :teamId and c = :accountId and y.status = no.feltlogg.youth.YouthStatus.ACTIVE
			 order by y.name""")
	List<Youth> findByContact(UUID teamId, UUID accountId);

	@Query("select y from Youth y where y.teamId = :teamId and (y.searchName = :folded or y.birthYear = :birthYear)")
	List<Youth> duplicateCandidates(UUID teamId, String folded, int birthYear);

	@Query("""
			select y.priority as level, count(y) as youths from Youth y
			 where y.teamId = :teamId and y.status = no.feltlogg.youth.YouthStatus.ACTIVE
			 group by y.priority""")
	List<LevelCount> countActiveByPriority(UUID teamId);

	@Query("""
			select p from PriorityChange p
			 where p.teamId = :teamId and p.changedOn >= :from and p.changedOn < :until
			 order by p.changedOn desc, p.recordedAt desc""")
	List<PriorityChange> priorityChanges(UUID teamId, LocalDate from, LocalDate until);

	@Query("""
			select y from Youth y
			 where y.teamId = :teamId and y.status = no.feltlogg.youth.YouthStatus.ACTIVE and y.priority in :levels
			 order by y.name""")
	List<Youth> findActiveByPriority(UUID teamId, java.util.Collection<PriorityLevel> levels);

	interface LevelCount {

		@Nullable PriorityLevel getLevel();

		long getYouths();

	}

}
