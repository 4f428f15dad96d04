package no.feltlogg.youth;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import no.feltlogg.team.Teams;

/**
 * The red and yellow youths of a team for the leader's overview: since when they have had
 * their level, their contact workers, and the last day someone from the team was with
 * them (a journal entry, an encounter, a group session attended), as the other modules
 * report it through their timelines.
 */
@Component
class PriorityFlags {

	/**
	 * The timeline kinds that are contact with the youth; of groups, only a session
	 * attended.
	 */
	private static final Set<String> CONTACT_KINDS = Set.of("journal.timeline.kind", "fieldwork.timeline.kind");

	private static final String GROUP_KIND = "groups.timeline.kind";

	private static final String ATTENDED = "groups.timeline.session.PRESENT";

	private final YouthRepository youths;

	private final List<TimelineSource> timelineSources;

	private final Teams teams;

	PriorityFlags(YouthRepository youths, List<TimelineSource> timelineSources, Teams teams) {
		this.youths = youths;
		this.timelineSources = timelineSources;
		this.teams = teams;
	}

	/**
	 * The team's active red and yellow youths, red first, then those longest without
	 * contact.
	 */
	List<Flagged> flagged(UUID teamId, LocalDate today) {
		var staff = teams.staffNames(teamId);
		return youths.findActiveByPriority(teamId, List.of(PriorityLevel.RED, PriorityLevel.YELLOW))
			.stream()
			.map(y -> new Flagged(y.getId(), y.getName(), java.util.Objects.requireNonNull(y.getPriority()),
					y.lastPriorityChange().map(PriorityChange::getChangedOn).orElse(null),
					contacts(y.getContactIds(), staff), lastContact(teamId, y.getId(), today).orElse(null)))
			.sorted(Comparator.comparing(Flagged::level)
				.thenComparing(Flagged::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Flagged::name))
			.toList();
	}

	/** The last day on or before today that the team was with the youth. */
	Optional<LocalDate> lastContact(UUID teamId, UUID youthId, LocalDate today) {
		return timelineSources.stream()
			.flatMap(source -> source.timeline(teamId, youthId).stream())
			.filter(PriorityFlags::isContact)
			.map(TimelineItem::date)
			.filter(date -> !date.isAfter(today))
			.max(Comparator.naturalOrder());
	}

	static boolean isContact(TimelineItem item) {
		return CONTACT_KINDS.contains(item.kindKey())
				|| (GROUP_KIND.equals(item.kindKey()) && ATTENDED.equals(item.titleKey()));
	}

	private static List<String> contacts(Set<UUID> contactIds, Map<UUID, String> staff) {
		return contactIds.stream().map(staff::get).filter(java.util.Objects::nonNull).sorted().toList();
	}

	/**
	 * A red or yellow youth: her level since a day, her contact workers' names, the last
	 * day of contact.
	 */
	record Flagged(UUID youthId, String name, PriorityLevel level, @Nullable LocalDate since, List<String> contacts,
			@Nullable LocalDate lastContact) {
	}

}
