package no.feltlogg.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.youth.TimelineItem;
import no.feltlogg.youth.TimelineSource;

/**
 * The youth's groups in the timeline: joining and leaving a group, and each session with
 * her attendance.
 */
@Component
class GroupTimeline implements TimelineSource {

	private final ActivityGroupRepository groups;

	private final ParticipantRepository participants;

	private final GroupSessionRepository sessions;

	private final Catalog catalog;

	GroupTimeline(ActivityGroupRepository groups, ParticipantRepository participants, GroupSessionRepository sessions,
			Catalog catalog) {
		this.groups = groups;
		this.participants = participants;
		this.sessions = sessions;
		this.catalog = catalog;
	}

	@Override
	public List<TimelineItem> timeline(UUID teamId, UUID youthId) {
		var memberships = participants.findByTeamIdAndYouthIdOrderByJoinedOn(teamId, youthId);
		var attended = sessions.withAttendanceOf(teamId, youthId);
		if (memberships.isEmpty() && attended.isEmpty()) {
			return List.of();
		}
		var ids = new java.util.HashSet<UUID>();
		memberships.forEach(p -> ids.add(p.getGroupId()));
		attended.forEach(s -> ids.add(s.getGroupId()));
		Map<UUID, ActivityGroup> byId = groups.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ActivityGroup::getId, Function.identity()));
		var themes = catalog.labels(teamId, CodeKind.THEME);
		var items = new ArrayList<TimelineItem>();
		for (var p : memberships) {
			var group = byId.get(p.getGroupId());
			var url = "/groups/" + p.getGroupId();
			items.add(new TimelineItem(p.getJoinedOn(), p.getAddedAt(), "groups.timeline.kind",
					"groups.timeline.joined", List.of(group.getName()), null, null, url));
			if (p.getLeftOn() != null) {
				items.add(new TimelineItem(p.getLeftOn(), p.getAddedAt(), "groups.timeline.kind",
						"groups.timeline.left", List.of(group.getName()), null, null, url));
			}
		}
		for (var s : attended) {
			var group = byId.get(s.getGroupId());
			var attendance = s.attendanceOf(youthId).orElseThrow();
			var theme = s.getThemeCode() == null ? null : themes.getOrDefault(s.getThemeCode(), s.getThemeCode());
			var text = theme == null ? s.getActivity()
					: s.getActivity() == null ? theme : theme + " – " + s.getActivity();
			items.add(new TimelineItem(s.getSessionDate(), attendance.recordedAt(), "groups.timeline.kind",
					"groups.timeline.session." + attendance.status(), List.of(group.getName()), text, null,
					"/groups/" + s.getGroupId() + "/sessions/" + s.getId()));
		}
		return items;
	}

}
