package no.feltlogg.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.youth.ExportSection;
import no.feltlogg.youth.YouthDataSource;

/**
 * The youth's group participation for the export at an access request: each group she was
 * in with its dates, followed by every session where her attendance is recorded.
 */
@Component
class GroupExport implements YouthDataSource {

	private final ActivityGroupRepository groups;

	private final ParticipantRepository participants;

	private final GroupSessionRepository sessions;

	private final Catalog catalog;

	private final MessageSource messages;

	GroupExport(ActivityGroupRepository groups, ParticipantRepository participants, GroupSessionRepository sessions,
			Catalog catalog, MessageSource messages) {
		this.groups = groups;
		this.participants = participants;
		this.sessions = sessions;
		this.catalog = catalog;
		this.messages = messages;
	}

	@Override
	public ExportSection export(UUID teamId, UUID youthId) {
		var types = catalog.labels(teamId, CodeKind.GROUP_TYPE);
		var themes = catalog.labels(teamId, CodeKind.THEME);
		var attended = sessions.withAttendanceOf(teamId, youthId);
		var records = new ArrayList<Map<String, Object>>();
		for (var p : participants.findByTeamIdAndYouthIdOrderByJoinedOn(teamId, youthId)) {
			var group = groups.findById(p.getGroupId()).orElseThrow();
			var membership = new LinkedHashMap<String, Object>();
			membership.put("group", group.getName());
			membership.put("groupType", types.getOrDefault(group.getTypeCode(), group.getTypeCode()));
			membership.put("joinedOn", p.getJoinedOn().toString());
			if (p.getLeftOn() != null) {
				membership.put("leftOn", p.getLeftOn().toString());
			}
			records.add(membership);
			attended.stream()
				.filter(s -> s.getGroupId().equals(group.getId()))
				.sorted(java.util.Comparator.comparing(GroupSession::getSessionDate))
				.forEach(s -> {
					var attendance = s.attendanceOf(youthId).orElseThrow();
					var session = new LinkedHashMap<String, Object>();
					session.put("group", group.getName());
					session.put("date", s.getSessionDate().toString());
					session.put("attendance", messages.getMessage("groups.attendance.status." + attendance.status(),
							null, LocaleContextHolder.getLocale()));
					if (s.getThemeCode() != null) {
						session.put("theme", themes.getOrDefault(s.getThemeCode(), s.getThemeCode()));
					}
					if (s.getActivity() != null) {
						session.put("activity", s.getActivity());
					}
					records.add(session);
				});
		}
		return new ExportSection("groups", records);
	}

}
