package no.feltlogg.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.groups.GroupCounts;
import no.feltlogg.journal.ConversationCounts;
import no.feltlogg.journal.JournalCounts;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;

/**
 * Follow-up conversations and groups of the report (ADR 0045): one {@link Figures} per
 * period, drawn as the page's tables and as the API's {@code followUpConversations} and
 * {@code groups}.
 */
@Component
class FollowUpSections {

	record Figures(ConversationCounts conversations, GroupCounts.Totals groups, List<GroupCounts.TypeCount> byType) {
	}

	private final JournalCounts journal;

	private final GroupCounts groups;

	private final Catalog catalog;

	FollowUpSections(JournalCounts journal, GroupCounts groups, Catalog catalog) {
		this.journal = journal;
		this.groups = groups;
		this.catalog = catalog;
	}

	Figures figures(ReportContext context, ReportingPeriod period) {
		var teams = context.teams();
		return new Figures(journal.conversations(teams, period), groups.totals(teams, period),
				// by group type: the period only
				context.isPeriod(period) ? groups.byGroupType(teams, period) : List.of());
	}

	/**
	 * Conversations (anonymous inquiries apart) and unique youths, per compared period.
	 */
	Table conversations(ReportContext context, List<Figures> figures) {
		var rows = new LinkedHashMap<String, String>();
		rows.put("conversations", context.text("report.row.conversations"));
		rows.put("anonymous", context.text("report.row.anonymousConversations"));
		rows.put("youths", context.text("report.row.uniqueYouths"));
		return Table.of("followUp", context.text("report.table.followUp"), context.text("report.heading.followUp"),
				rows, context.columns(), context.columnCodes(), figures.stream().map(f -> {
					var c = f.conversations();
					return Map.of("conversations", c.conversations(), "anonymous", c.anonymousConversations(), "youths",
							c.uniqueYouths());
				}).toList(), Unit.YOUTHS, Chart.BAR);
	}

	/**
	 * Attendances and unique participants by compared period, and by group type for the
	 * period.
	 */
	List<Table> groups(ReportContext context, List<Figures> figures) {
		var rows = new LinkedHashMap<String, String>();
		rows.put("attendances", context.text("report.row.attendances"));
		rows.put("participants", context.text("report.row.uniqueParticipants"));
		rows.put("anonymous", context.text("report.row.anonymousAttendances"));
		rows.put("held", context.text("report.row.sessionsHeld"));
		rows.put("planned", context.text("report.row.sessionsPlanned"));
		var totals = Table.of("groups", context.text("report.table.groups"), context.text("report.heading.groups"),
				rows, context.columns(), context.columnCodes(), figures.stream().map(f -> {
					var t = f.groups();
					return Map.of("attendances", t.attendances(), "participants", t.uniqueParticipants(), "anonymous",
							t.anonymousAttendances(), "held", t.sessionsHeld(), "planned", t.sessionsPlanned());
				}).toList(), Unit.OCCURRENCES, Chart.BAR);
		var byType = figures.getLast().byType();
		var typeRows = new LinkedHashMap<String, String>();
		var typeLabels = catalog.labels(context.team(), CodeKind.GROUP_TYPE);
		byType.forEach(t -> typeRows.put(t.groupType(), typeLabels.getOrDefault(t.groupType(), t.groupType())));
		var types = Table.of("groupsByType", context.text("report.table.groupsByType"),
				context.text("report.heading.groupType"), typeRows,
				List.of(context.text("report.row.attendances"), context.text("report.row.uniqueParticipants"),
						context.text("report.row.anonymousAttendances")),
				List.of("attendances", "participants", "anonymous"), List.of(
						byType.stream()
							.collect(Collectors.toMap(GroupCounts.TypeCount::groupType,
									GroupCounts.TypeCount::attendances, Long::sum)),
						byType.stream()
							.collect(Collectors.toMap(GroupCounts.TypeCount::groupType,
									GroupCounts.TypeCount::uniqueParticipants, Long::sum)),
						byType.stream()
							.collect(Collectors.toMap(GroupCounts.TypeCount::groupType,
									GroupCounts.TypeCount::anonymousAttendances, Long::sum))),
				Unit.OCCURRENCES, Chart.BAR);
		return List.of(totals, types);
	}

	/** {@code followUpConversations} of the API. */
	static Map<String, Object> conversationsJson(Figures figures) {
		var c = figures.conversations();
		return Map.of("total", c.conversations(), "uniqueYouths", c.uniqueYouths(), "anonymous",
				c.anonymousConversations());
	}

	/** {@code groups} of the API. */
	static Map<String, Object> groupsJson(Figures figures) {
		var t = figures.groups();
		var json = new LinkedHashMap<String, Object>();
		json.put("attendances", t.attendances());
		json.put("uniqueParticipants", t.uniqueParticipants());
		json.put("anonymousAttendances", t.anonymousAttendances());
		json.put("sessionsHeld", t.sessionsHeld());
		json.put("sessionsPlanned", t.sessionsPlanned());
		json.put("byType",
				figures.byType()
					.stream()
					.map(g -> Map.of("groupType", g.groupType(), "attendances", g.attendances(), "uniqueParticipants",
							g.uniqueParticipants(), "anonymousAttendances", g.anonymousAttendances()))
					.toList());
		return json;
	}

}
