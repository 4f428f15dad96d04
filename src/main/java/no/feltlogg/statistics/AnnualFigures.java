package no.feltlogg.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeItem;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Gender;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.groups.GroupCounts;
import no.feltlogg.journal.JournalCounts;
import no.feltlogg.measures.MeasureCounts;
import no.feltlogg.referrals.ReferralCounts;
import no.feltlogg.team.Teams;
import no.feltlogg.youth.YouthCounts;

/**
 * The annual figures of the leader's own team as JSON for dashboards: codes rather than words (arenas and themes by
 * code, genders {@code boy|girl|other|unknown}, age bands by label, months {@code YYYY-MM}), unsuppressed, as the
 * leader's own report page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LEADER')")
class AnnualFigures {

	private final FieldworkCounts fieldwork;

	private final YouthCounts youths;

	private final JournalCounts journal;

	private final ReferralCounts referrals;

	private final GroupCounts groups;

	private final MeasureCounts measures;

	private final Catalog catalog;

	private final Teams teams;

	private final InformationSections information;

	private final CountedSections counted;

	private final DirectTimes directTimes;

	AnnualFigures(FieldworkCounts fieldwork, YouthCounts youths, JournalCounts journal, ReferralCounts referrals,
			GroupCounts groups, Catalog catalog, Teams teams, InformationSections information, CountedSections counted,
			DirectTimes directTimes, MeasureCounts measures) {
		this.information = information;
		this.counted = counted;
		this.directTimes = directTimes;
		this.measures = measures;
		this.fieldwork = fieldwork;
		this.groups = groups;
		this.referrals = referrals;
		this.youths = youths;
		this.journal = journal;
		this.catalog = catalog;
		this.teams = teams;
	}

	public Map<String, Object> of(CurrentUser leader, int year) {
		var teamId = leader.requireTeamId();
		var team = Set.of(teamId);
		var period = ReportingPeriod.year(year);
		var json = new LinkedHashMap<String, Object>();
		json.put("year", year);
		json.put("team", Map.of("id", teamId.toString(), "name", teams.team(teamId).name()));

		var encounters = new LinkedHashMap<String, Object>();
		var totals = fieldwork.totals(team, period);
		encounters.put("total", totals.encounters());
		encounters.put("streetAndSchool", totals.physical());
		encounters.put("online", totals.online());
		var anonymous = genders();
		var registered = genders();
		fieldwork.byGender(team, period)
			.forEach(g -> (g.registered() ? registered : anonymous).merge(g.gender().code(), g.count(), Long::sum));
		encounters.put("anonymous", anonymous);
		encounters.put("registered", registered);
		encounters.put("byArena", list("arena", fieldwork.byArena(team, period), null));
		encounters.put("byAgeBandAndGender", fieldwork.byAgeBandAndGender(team, period)
			.stream()
			.map(c -> Map.of("ageBand", c.ageBand(), "gender", c.gender().code(), "count", c.count()))
			.toList());
		encounters.put("byArea", list("area", fieldwork.byArea(team, period), labels(teamId, CodeKind.AREA)));
		var placeNames = new HashMap<String, String>();
		catalog.placeNames(teamId).forEach((id, name) -> placeNames.put(id.toString(), name));
		encounters.put("byPlace", list("place", fieldwork.byPlace(team, period), placeNames));
		encounters.put("byTheme", list("theme", fieldwork.byTheme(team, period), null));
		var bands = catalog.all(teamId, CodeKind.TIME_OF_DAY);
		var byBand = new LinkedHashMap<String, Long>();
		bands.forEach(b -> byBand.put(b.code(), 0L));
		for (var hour : fieldwork.byHour(team, period)) {
			int h = Integer.parseInt(hour.key());
			bands.stream()
				.filter(b -> b.containsHour(h))
				.findFirst()
				.ifPresent(b -> byBand.merge(b.code(), hour.count(), Long::sum));
		}
		encounters.put("byTimeOfDay", byBand.entrySet()
			.stream()
			.map(e -> Map.of("timeOfDay", e.getKey(), "count", e.getValue()))
			.toList());
		var months = new ArrayList<Map<String, Object>>();
		var byMonth = new HashMap<String, Long>();
		fieldwork.byMonth(team, period).forEach(c -> byMonth.put(c.key(), c.count()));
		for (int m = 1; m <= 12; m++) {
			var key = String.format("%d-%02d", year, m);
			months.add(Map.of("month", key, "count", byMonth.getOrDefault(key, 0L)));
		}
		encounters.put("byMonth", months);
		json.put("encounters", encounters);

		var conversations = journal.conversations(team, period);
		json.put("followUpConversations", Map.of("total", conversations.conversations(), "uniqueYouths",
				conversations.uniqueYouths(), "anonymous", conversations.anonymousConversations()));
		var groupTotals = groups.totals(team, period);
		var groupJson = new LinkedHashMap<String, Object>();
		groupJson.put("attendances", groupTotals.attendances());
		groupJson.put("uniqueParticipants", groupTotals.uniqueParticipants());
		groupJson.put("anonymousAttendances", groupTotals.anonymousAttendances());
		groupJson.put("sessionsHeld", groupTotals.sessionsHeld());
		groupJson.put("sessionsPlanned", groupTotals.sessionsPlanned());
		groupJson.put("byType", groups.byGroupType(team, period)
			.stream()
			.map(t -> Map.of("groupType", t.groupType(), "attendances", t.attendances(), "uniqueParticipants",
					t.uniqueParticipants(), "anonymousAttendances", t.anonymousAttendances()))
			.toList());
		json.put("groups", groupJson);
		var referralTotals = referrals.totals(team, period);
		var referralJson = new LinkedHashMap<String, Object>();
		referralJson.put("total", referralTotals.referrals());
		referralJson.put("uniqueYouths", referralTotals.youths());
		referralJson.put("accompanied", referralTotals.accompanied());
		referralJson.put("byService", referrals.byService(team, period)
			.stream()
			.map(c -> Map.of("service", c.serviceName(), "serviceId", c.serviceId().toString(), "serviceKind",
					c.kind().name().toLowerCase(), "count", c.referrals(), "uniqueYouths", c.youths()))
			.toList());
		referralJson.put("byForm", referrals.byForm(team, period)
			.stream()
			.map(c -> Map.of("form", c.form().name().toLowerCase(), "count", c.referrals(), "uniqueYouths", c.youths()))
			.toList());
		json.put("referrals", referralJson);
		var measureTotals = measures.totals(team, period);
		json.put("childWelfareMeasures", Map.of("measures", measureTotals.measures(), "uniqueYouths",
				measureTotals.youths(), "plannedHours", measureTotals.plannedHours(), "recordedHours",
				measureTotals.recordedHours()));
		json.put("anonymousGuidance", referralTotals.anonymousGuidance());
		json.put("parentGuidance", referralTotals.parentGuidance());
		var registeredYouths = genders();
		youths.registeredByGender(team, period).forEach((g, n) -> registeredYouths.put(g.code(), n));
		json.put("registeredYouths", registeredYouths);
		json.put("priority", Map.of("byMonth", youths.youthsPerLevelByMonth(team, period)
			.stream()
			.map(l -> Map.of("month", l.month().toString(), "level", l.level().name().toLowerCase(), "count", l.youths()))
			.toList(), "transitions", youths.movementsByMonth(team, period)
				.stream()
				.collect(java.util.stream.Collectors.toMap(m -> m.from() + ">" + m.to(), YouthCounts.Movement::moves,
						Long::sum, java.util.TreeMap::new))
				.entrySet()
				.stream()
				.map(e -> Map.of("from", e.getKey().split(">")[0].toLowerCase(), "to",
						e.getKey().split(">")[1].toLowerCase(), "count", e.getValue()))
				.toList()));
		var worrying = new LinkedHashMap<String, Long>();
		youths.worryingDevelopmentBySchoolLevel(team, period)
			.forEach((level, n) -> worrying.put(level.name().toLowerCase(), n));
		json.put("worryingDevelopment", worrying);

		var time = fieldwork.shiftTime(team, period);
		json.put("shiftTime", Map.of("shifts", time.shifts(), "minutes", time.minutes(), "directMinutes",
				time.directMinutes()));
		json.put("informationWork", information.json(teamId, period));
		countedTheWayTeamsCount(teamId, period, json);
		return json;
	}

	/** Issue #17 (ADR 0038): direct time against the target, movements per youth, worrying development as shares. */
	private void countedTheWayTeamsCount(java.util.UUID teamId, ReportingPeriod period, Map<String, Object> json) {
		json.put("directTime", DirectTimes.json(directTimes.of(teamId, period)));
		json.put("priorityMovementsPerYouth", youths.movementsPerYouth(Set.of(teamId), period).stream().map(m -> {
			var entry = new LinkedHashMap<String, Object>();
			entry.put("from", m.from() == null ? "new" : m.from().name().toLowerCase());
			entry.put("to", m.to() == null ? "left" : m.to().name().toLowerCase());
			entry.put("youths", m.youths());
			return (Map<String, Object>) entry;
		}).sorted(java.util.Comparator.comparing((Map<String, Object> e) -> e.get("from") + ">" + e.get("to"))).toList());
		// the shares leave the team: small counts are suppressed, and a share with its count
		var shares = counted.worryingShares(Set.of(teamId), period, java.util.Locale.ROOT).published();
		var levels = no.feltlogg.shared.SchoolLevel.values();
		var rows = new ArrayList<Map<String, Object>>();
		for (int r = 0; r < levels.length; r++) {
			var row = new LinkedHashMap<String, Object>();
			row.put("schoolLevel", levels[r].name().toLowerCase());
			row.put("youths", shares.hidden(r, 0) ? null : shares.values()[r][0]);
			row.put("sharePercent", shares.hidden(r, 1) ? null : shares.values()[r][1]);
			row.put("suppressed", shares.hidden(r, 0));
			rows.add(row);
		}
		json.put("worryingDevelopmentShares", rows);
	}

	private static Map<String, Long> genders() {
		var genders = new LinkedHashMap<String, Long>();
		for (var g : Gender.values()) {
			genders.put(g.code(), 0L);
		}
		return genders;
	}

	private Map<String, String> labels(java.util.UUID team, CodeKind kind) {
		var labels = new HashMap<String, String>();
		catalog.all(team, kind).forEach((CodeItem c) -> labels.put(c.id().toString(), c.label()));
		return labels;
	}

	private static List<Map<String, Object>> list(String name, List<FieldworkCounts.Count> counts,
			@org.jspecify.annotations.Nullable Map<String, String> labels) {
		return counts.stream().sorted(java.util.Comparator.comparing(FieldworkCounts.Count::key)).map(c -> {
			var entry = new LinkedHashMap<String, Object>();
			if (labels != null) {
				entry.put(name, labels.getOrDefault(c.key(), c.key()));
				entry.put(name + "Id", c.key());
			}
			else {
				entry.put(name, c.key());
			}
			entry.put("count", c.count());
			return (Map<String, Object>) entry;
		}).toList();
	}

}
