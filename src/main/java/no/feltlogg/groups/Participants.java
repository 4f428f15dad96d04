package no.feltlogg.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;
import no.feltlogg.youth.ConsentScope;
import no.feltlogg.youth.YouthSummary;
import no.feltlogg.youth.Youths;

/**
 * A group's participants: who may join, joining and leaving. Only a youth whose record
 * takes new entries (active, with a consent to registration in force) can join a group,
 * and only from a day her consent covers; each joining and leaving is logged as a change
 * of her record. Scoped to the caller's team like {@link Groups}.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('WORKER','LEADER')")
public class Participants {

	private final Groups groups;

	private final ParticipantRepository participants;

	private final Youths youths;

	private final Clock clock;

	Participants(Groups groups, ParticipantRepository participants, Youths youths, Clock clock) {
		this.groups = groups;
		this.participants = participants;
		this.youths = youths;
		this.clock = clock;
	}

	/**
	 * Whether a youth may join a group on a day: the record takes entries and her consent
	 * covers the day.
	 */
	@Transactional(readOnly = true)
	public boolean mayJoin(CurrentUser user, UUID youthId, LocalDate on) {
		var team = user.requireTeamId();
		return youths.isOpenForEntries(team, youthId)
				&& youths.hasValidConsent(team, youthId, ConsentScope.REGISTRATION, null, on);
	}

	/**
	 * The team's active youths who are not in the group, whose name contains the query;
	 * names only; the page that shows them logs them.
	 */
	@Transactional(readOnly = true)
	public List<YouthSummary> candidates(CurrentUser user, UUID groupId, @Nullable String query) {
		var group = groups.group(user, groupId);
		var inGroup = participants.findByGroupIdOrderByJoinedOn(group.getId())
			.stream()
			.map(Participant::getYouthId)
			.collect(Collectors.toSet());
		var folded = query == null ? "" : Groups.fold(query);
		return youths.active(user)
			.stream()
			.filter(y -> !inGroup.contains(y.id()))
			.filter(y -> folded.isEmpty() || Groups.fold(y.name()).contains(folded))
			.toList();
	}

	/**
	 * Adds registered youths to a group from a day. Each must be allowed to join
	 * ({@link #mayJoin}) and not already be in the group; each addition is logged as a
	 * change of the youth's record.
	 */
	public void addParticipants(CurrentUser user, UUID groupId, Collection<UUID> youthIds, LocalDate joinedOn) {
		var group = groups.group(user, groupId);
		for (var youthId : new LinkedHashSet<>(youthIds)) {
			if (participants.findByGroupIdAndYouthId(group.getId(), youthId).isPresent()) {
				throw new IllegalStateException("Youth " + youthId + " is already in group " + groupId);
			}
			if (!mayJoin(user, youthId, joinedOn)) {
				throw new IllegalStateException("Youth " + youthId + " cannot join a group without consent");
			}
			youths.open(user, youthId, Access.CHANGE, Subjects.JOINED.code(), Groups.describe(group, joinedOn));
			participants.save(new Participant(group, youthId, joinedOn, user.accountId(), clock.instant()));
		}
	}

	@Transactional(readOnly = true)
	public Participant participant(CurrentUser user, UUID groupId, UUID participantId) {
		return participants.findByIdAndTeamId(participantId, user.requireTeamId())
			.filter(p -> p.getGroupId().equals(groupId))
			.orElseThrow(() -> new NotFoundException("Participant"));
	}

	/** The id of a youth's participation in a group, for letting her leave it. */
	@Transactional(readOnly = true)
	public UUID participantId(CurrentUser user, UUID groupId, UUID youthId) {
		var group = groups.group(user, groupId);
		return participants.findByGroupIdAndYouthId(group.getId(), youthId)
			.map(Participant::getId)
			.orElseThrow(() -> new NotFoundException("Participant"));
	}

	/**
	 * The youth leaves the group: from that day she is no longer a participant; her
	 * attendance stays.
	 */
	public void leave(CurrentUser user, UUID groupId, UUID participantId, LocalDate on) {
		var group = groups.group(user, groupId);
		var participant = participant(user, groupId, participantId);
		youths.open(user, participant.getYouthId(), Access.CHANGE, Subjects.LEFT.code(), Groups.describe(group, on));
		participant.leave(on);
	}

}
