package no.feltlogg.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.feltlogg.fieldwork.FieldworkCounts.Count;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.team.Teams;

/**
 * The annual figures of the leader's own team as JSON for dashboards: codes rather than
 * words (arenas and themes by code, genders {@code boy|girl|other|unknown}, age bands by
 * label, months {@code YYYY-MM}), unsuppressed, as the leader's own report page. Read
 * through the report's own section builders (ADR 0045), so that the API and the page
 * cannot count differently; only the field names and nesting are the API's.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LEADER')")
class AnnualFigures {

	private final AnnualReports.Sections sections;

	private final Teams teams;

	private final MessageSource messages;

	AnnualFigures(AnnualReports.Sections sections, Teams teams, MessageSource messages) {
		this.sections = sections;
		this.teams = teams;
		this.messages = messages;
	}

	public Map<String, Object> of(CurrentUser leader, int year) {
		var teamId = leader.requireTeamId();
		var period = ReportingPeriod.year(year);
		var context = ReportContext.of(teamId, period, Locale.ROOT, messages);
		var encounters = sections.encounters.figures(context, period);
		var followUp = sections.followUp.figures(context, period);
		var referrals = sections.referrals.figures(context, period);
		var youths = sections.youths.figures(context, period);
		var counted = sections.counted.figures(context);

		var json = new LinkedHashMap<String, Object>();
		json.put("year", year);
		json.put("team", Map.of("id", teamId.toString(), "name", teams.team(teamId).name()));
		json.put("encounters", encounters(context, encounters));
		json.put("followUpConversations", FollowUpSections.conversationsJson(followUp));
		json.put("groups", FollowUpSections.groupsJson(followUp));
		json.put("referrals", ReferralSections.referralsJson(referrals));
		json.put("childWelfareMeasures", ReferralSections.measuresJson(referrals));
		json.put("anonymousGuidance", referrals.totals().anonymousGuidance());
		json.put("parentGuidance", referrals.totals().parentGuidance());
		json.put("registeredYouths", Genders.byCode(youths.registered()));
		json.put("priority", YouthSections.priorityJson(youths));
		json.put("worryingDevelopment", YouthSections.worryingJson(youths));
		var time = encounters.shiftTime();
		json.put("shiftTime",
				Map.of("shifts", time.shifts(), "minutes", time.minutes(), "directMinutes", time.directMinutes()));
		json.put("informationWork", InformationSections.json(context, sections.information.figures(context, period)));
		// issue #17 (ADR 0038): direct time against the target, movements per youth,
		// worrying development as shares
		json.put("directTime", DirectTimes.json(counted.directTime()));
		json.put("priorityMovementsPerYouth", CountedSections.movementsJson(counted));
		json.put("worryingDevelopmentShares", sections.counted.sharesJson(counted));
		return json;
	}

	/**
	 * {@code encounters}: totals, genders by code, and each dimension as a list sorted by
	 * its key.
	 */
	private Map<String, Object> encounters(ReportContext context, EncounterSections.Figures figures) {
		var labels = sections.encounters.labels(context);
		var json = new LinkedHashMap<String, Object>();
		json.put("total", figures.totals().encounters());
		json.put("streetAndSchool", figures.totals().physical());
		json.put("online", figures.totals().online());
		json.put("anonymous", Genders.byCode(figures.anonymous()));
		json.put("registered", Genders.byCode(figures.registered()));
		json.put("byArena", list("arena", figures.byArena(), null));
		json.put("byAgeBandAndGender",
				figures.ageBands()
					.stream()
					.map(c -> Map.of("ageBand", c.ageBand(), "gender", c.gender().code(), "count", c.count()))
					.toList());
		json.put("byArea", list("area", figures.byArea(), labels.areas()));
		json.put("byPlace", list("place", figures.byPlace(), labels.places()));
		json.put("byTheme", list("theme", figures.byTheme(), null));
		json.put("byTimeOfDay",
				figures.byTimeOfDay()
					.entrySet()
					.stream()
					.map(e -> Map.of("timeOfDay", e.getKey(), "count", e.getValue()))
					.toList());
		var byMonth = new LinkedHashMap<String, Long>();
		figures.byMonth().forEach(c -> byMonth.put(c.key(), c.count()));
		var months = new ArrayList<Map<String, Object>>();
		for (var m : context.months()) {
			months.add(Map.of("month", m.toString(), "count", byMonth.getOrDefault(m.toString(), 0L)));
		}
		json.put("byMonth", months);
		return json;
	}

	private static List<Map<String, Object>> list(String name, List<Count> counts,
			@org.jspecify.annotations.Nullable Map<String, String> labels) {
		return counts.stream().sorted(java.util.Comparator.comparing(Count::key)).map(c -> {
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
