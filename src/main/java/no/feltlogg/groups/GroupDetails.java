package no.feltlogg.groups;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What is recorded about a group, checked against the team's code lists, services and
 * staff.
 */
public record GroupDetails(String name, String typeCode, @Nullable UUID schoolId, @Nullable String arenaCode,
		@Nullable UUID serviceId, LocalDate startsOn, @Nullable LocalDate endsOn, int plannedSessions,
		Set<Recruitment> recruitment, boolean allowsAnonymous, GroupStatus status, Set<UUID> staff) {

	public GroupDetails {
		recruitment = Set.copyOf(recruitment);
		staff = Set.copyOf(staff);
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("A group cannot end before it starts");
		}
		if (plannedSessions < 1) {
			throw new IllegalArgumentException("A group plans at least one session");
		}
	}

}
