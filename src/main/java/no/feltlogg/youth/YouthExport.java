package no.feltlogg.youth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.audit.Access;
import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.audit.AccessLog;
import no.feltlogg.audit.AccessLogEntry;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.SecurityLog;

/**
 * Everything stored about a youth, for an access request (innsyn) under the GDPR: the
 * record, contact workers, consents, priority history, concern criteria, what other
 * modules hold (the journal, and more as they land) and the access log. For the leader
 * only; the export itself is logged.
 */
@Service
@Transactional
@PreAuthorize("hasRole('LEADER')")
public class YouthExport {

	private final YouthAccess access;

	private final AccessLog accessLog;

	private final StaffNames staffNames;

	private final List<YouthDataSource> sources;

	private final Catalog catalog;

	private final SecurityLog securityLog;

	private final Clock clock;

	YouthExport(YouthAccess access, AccessLog accessLog, StaffNames staffNames, List<YouthDataSource> sources,
			Catalog catalog, SecurityLog securityLog, Clock clock) {
		this.securityLog = securityLog;
		this.clock = clock;
		this.access = access;
		this.accessLog = accessLog;
		this.staffNames = staffNames;
		this.sources = sources;
		this.catalog = catalog;
	}

	public Export export(CurrentUser user, UUID youthId, String format) {
		var youth = access.open(user, youthId, Access.READ, Subjects.EXPORT.code(), format);
		securityLog.exported(user, youthId, Subjects.EXPORT.code() + "." + format);
		var names = staffNames.of(youth.getTeamId());
		var sections = new ArrayList<ExportSection>();
		var school = youth.getSchoolId() == null ? null
				: catalog.find(youth.getTeamId(), youth.getSchoolId()).map(CodeItem::label).orElse(null);
		sections.add(new ExportSection("youth", List.of(record(youth, school, names))));
		sections.add(new ExportSection("consents", youth.getConsents().stream().map(c -> consent(c, names)).toList()));
		sections.add(new ExportSection("priorityHistory",
				youth.getPriorityHistory().stream().map(p -> priority(p, names)).toList()));
		sections.add(new ExportSection("concerns", youth.getConcerns().stream().map(c -> concern(c, names)).toList()));
		for (var source : sources) {
			sections.add(source.export(youth.getTeamId(), youthId));
		}
		sections
			.add(new ExportSection("accessLog", accessLog.forYouth(youthId).stream().map(YouthExport::log).toList()));
		return new Export(youth.summary(), Instant.now(clock), sections);
	}

	private static Map<String, Object> record(Youth youth, @Nullable String school, Map<UUID, String> names) {
		var map = new LinkedHashMap<String, Object>();
		map.put("id", youth.getId().toString());
		map.put("name", youth.getName());
		put(map, "birthDate", youth.getBirthDate());
		map.put("birthYear", youth.getBirthYear());
		map.put("gender", youth.getGender().name());
		put(map, "phone", youth.getPhone());
		put(map, "school", school);
		put(map, "homeMunicipality", youth.getHomeMunicipality());
		map.put("status", youth.getStatus().name());
		put(map, "closedOn", youth.getClosedOn());
		put(map, "priority", youth.getPriority());
		map.put("restricted", youth.isRestricted());
		map.put("contactWorkers", youth.getContactIds().stream().map(id -> name(names, id)).sorted().toList());
		map.put("registeredAt", youth.getRegisteredAt().toString());
		map.put("registeredBy", name(names, youth.getRegisteredBy()));
		return map;
	}

	private static Map<String, Object> consent(ConsentView consent, Map<UUID, String> names) {
		var map = new LinkedHashMap<String, Object>();
		map.put("scope", consent.scope().name());
		put(map, "serviceName", consent.serviceName());
		put(map, "serviceId", consent.serviceId());
		map.put("givenBy", consent.givenBy().name());
		map.put("howGiven", consent.howGiven().name());
		map.put("givenOn", consent.givenOn().toString());
		put(map, "expiresOn", consent.expiresOn());
		put(map, "note", consent.note());
		map.put("recordedBy", name(names, consent.recordedBy()));
		put(map, "withdrawnOn", consent.withdrawnOn());
		if (consent.withdrawnBy() != null) {
			map.put("withdrawnBy", name(names, consent.withdrawnBy()));
		}
		return map;
	}

	private static Map<String, Object> priority(PriorityChange change, Map<UUID, String> names) {
		var map = new LinkedHashMap<String, Object>();
		put(map, "from", change.getFromLevel());
		map.put("to", change.getToLevel().name());
		map.put("date", change.getChangedOn().toString());
		map.put("by", name(names, change.getChangedBy()));
		map.put("reason", change.getReason());
		return map;
	}

	private static Map<String, Object> concern(Concern concern, Map<UUID, String> names) {
		var map = new LinkedHashMap<String, Object>();
		map.put("criterion", concern.getCriterion().name());
		map.put("notedOn", concern.getNotedOn().toString());
		put(map, "endedOn", concern.getEndedOn());
		put(map, "note", concern.getNote());
		map.put("by", name(names, concern.getNotedBy()));
		return map;
	}

	private static Map<String, Object> log(AccessLogEntry entry) {
		var map = new LinkedHashMap<String, Object>();
		map.put("at", entry.at().toString());
		map.put("username", entry.username());
		map.put("role", entry.role().name());
		map.put("action", entry.action().name());
		map.put("subject", entry.subject());
		put(map, "detail", entry.detail());
		put(map, "reason", entry.reason());
		map.put("allowed", entry.allowed());
		return map;
	}

	private static void put(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
		}
	}

	private static String name(Map<UUID, String> names, UUID id) {
		return names.getOrDefault(id, id.toString());
	}

	/** The export: whose, when, and the sections in order. */
	public record Export(YouthSummary youth, Instant exportedAt, List<ExportSection> sections) {

		/** As JSON: the sections by name, in order. */
		public Map<String, Object> asMap() {
			var map = new LinkedHashMap<String, Object>();
			map.put("exportedAt", exportedAt.toString());
			for (var section : sections) {
				map.put(section.name(), section.records());
			}
			return map;
		}

	}

}
