package no.feltlogg.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import no.feltlogg.fieldwork.FieldworkCounts;
import no.feltlogg.fieldwork.WorkingTime;
import no.feltlogg.groups.GroupCounts;
import no.feltlogg.journal.JournalCounts;
import no.feltlogg.shared.ReportingPeriod;

/**
 * The team's time directly with youths as a share of its working time, per month and for
 * the period, against the leader's target (ADR 0038). Working time: shifts (each
 * worker's), the week sheets' time outside the field, held group sessions and follow-up
 * conversations. Direct time: the direct minutes entered for shifts, accompanied
 * referrals, held group sessions and follow-up conversations. Only minutes someone
 * entered are counted.
 */
@Component
class DirectTimes {

	private final FieldworkCounts fieldwork;

	private final JournalCounts journal;

	private final GroupCounts groups;

	private final WorkingTime workingTime;

	DirectTimes(FieldworkCounts fieldwork, JournalCounts journal, GroupCounts groups, WorkingTime workingTime) {
		this.fieldwork = fieldwork;
		this.journal = journal;
		this.groups = groups;
		this.workingTime = workingTime;
	}

	record Month(YearMonth month, long workingMinutes, long directMinutes) {

		@Nullable Long sharePercent() {
			return workingMinutes == 0 ? null : Math.round(100.0 * directMinutes / workingMinutes);
		}

	}

	record View(int targetPercent, List<Month> months, Month whole) {
	}

	View of(UUID team, ReportingPeriod period) {
		var teams = Set.of(team);
		var working = new TreeMap<YearMonth, long[]>();
		for (var m = YearMonth.from(period.from()); m.atDay(1).isBefore(period.until()); m = m.plusMonths(1)) {
			working.put(m, new long[2]);
		}
		for (var t : fieldwork.workingTimeByMonth(teams, period)) {
			add(working, t.month(), t.minutes(), t.directMinutes());
		}
		journal.conversationMinutesByMonth(teams, period).forEach((m, minutes) -> add(working, m, minutes, minutes));
		groups.heldSessionMinutesByMonth(teams, period).forEach((m, minutes) -> add(working, m, minutes, minutes));
		var months = new ArrayList<Month>();
		long all = 0;
		long direct = 0;
		for (Map.Entry<YearMonth, long[]> e : working.entrySet()) {
			months.add(new Month(e.getKey(), e.getValue()[0], e.getValue()[1]));
			all += e.getValue()[0];
			direct += e.getValue()[1];
		}
		return new View(workingTime.targetPercent(team), months, new Month(YearMonth.from(period.from()), all, direct));
	}

	private static void add(Map<YearMonth, long[]> working, YearMonth month, long minutes, long direct) {
		var cell = working.computeIfAbsent(month, m -> new long[2]);
		cell[0] += minutes;
		cell[1] += direct;
	}

	/** The figures as the statistics API gives them ({@code directTime}). */
	static Map<String, Object> json(View view) {
		var json = new LinkedHashMap<String, Object>();
		json.put("targetPercent", view.targetPercent());
		json.put("workingMinutes", view.whole().workingMinutes());
		json.put("directMinutes", view.whole().directMinutes());
		json.put("sharePercent", view.whole().sharePercent());
		json.put("byMonth", view.months().stream().map(m -> {
			var month = new LinkedHashMap<String, Object>();
			month.put("month", m.month().toString());
			month.put("workingMinutes", m.workingMinutes());
			month.put("directMinutes", m.directMinutes());
			month.put("sharePercent", m.sharePercent());
			return (Map<String, Object>) month;
		}).toList());
		return json;
	}

}
