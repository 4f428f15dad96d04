package no.feltlogg.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.feltlogg.measures.MeasureCounts;
import no.feltlogg.referrals.ReferralCounts;
import no.feltlogg.referrals.ReferralKind;
import no.feltlogg.shared.ReportingPeriod;
import no.feltlogg.statistics.Table.Chart;
import no.feltlogg.statistics.Table.Unit;

/**
 * Referrals and cooperation, guidance, and help measures for child welfare (ADR 0045):
 * one {@link Figures} per period, drawn as the page's tables and as the API's
 * {@code referrals}, {@code childWelfareMeasures}, {@code anonymousGuidance} and
 * {@code parentGuidance}.
 */
@Component
class ReferralSections {

	record Figures(ReferralCounts.Totals totals, List<ReferralCounts.ServiceCount> byService,
			List<ReferralCounts.FormCount> byForm, MeasureCounts.Totals measures) {
	}

	private final ReferralCounts referrals;

	private final MeasureCounts measures;

	ReferralSections(ReferralCounts referrals, MeasureCounts measures) {
		this.referrals = referrals;
		this.measures = measures;
	}

	Figures figures(ReportContext context, ReportingPeriod period) {
		var teams = context.teams();
		// by service and by form: the period only
		if (!context.isPeriod(period)) {
			return new Figures(referrals.totals(teams, period), List.of(), List.of(), measures.totals(teams, period));
		}
		return new Figures(referrals.totals(teams, period), referrals.byService(teams, period),
				referrals.byForm(teams, period), measures.totals(teams, period));
	}

	/**
	 * Referrals by compared period, by service and by form for the period, then the child
	 * welfare measures.
	 */
	List<Table> tables(ReportContext context, List<Figures> figures) {
		var current = figures.getLast();
		var columns = context.columns();
		var rows = new LinkedHashMap<String, String>();
		rows.put("referrals", context.text("report.row.referrals"));
		rows.put("youths", context.text("report.row.referredYouths"));
		rows.put("accompanied", context.text("report.row.accompanied"));
		rows.put("anonymousGuidance", context.text("report.row.anonymousGuidance"));
		rows.put("parentGuidance", context.text("report.row.parentGuidance"));
		var totals = Table.of("referrals", context.text("report.table.referrals"),
				context.text("report.heading.referrals"), rows, columns, context.columnCodes(),
				figures.stream().map(f -> {
					var t = f.totals();
					return Map.of("referrals", t.referrals(), "youths", t.youths(), "accompanied", t.accompanied(),
							"anonymousGuidance", t.anonymousGuidance(), "parentGuidance", t.parentGuidance());
				}).toList(), Unit.OCCURRENCES, Chart.BAR);
		var twoColumns = List.of(context.text("report.column.referrals"), context.text("report.column.uniqueYouths"));
		var twoCodes = List.of("referrals", "youths");
		var serviceRows = new LinkedHashMap<String, String>();
		current.byService().forEach(c -> serviceRows.put(c.serviceId().toString(), c.serviceName()));
		var byService = Table
			.of("referralsByService", context.text("report.table.referralsByService"),
					context.text("report.heading.service"), serviceRows, twoColumns, twoCodes,
					List.of(current.byService()
						.stream()
						.collect(Collectors.toMap(c -> c.serviceId().toString(), ReferralCounts.ServiceCount::referrals,
								Long::sum)),
							current.byService()
								.stream()
								.collect(Collectors.toMap(c -> c.serviceId().toString(),
										ReferralCounts.ServiceCount::youths, Long::sum))),
					Unit.OCCURRENCES, Chart.BAR);
		var formRows = new LinkedHashMap<String, String>();
		for (var form : ReferralKind.values()) {
			formRows.put(form.name(), context.text("referrals.form." + form));
		}
		var byForm = Table.of("referralsByForm", context.text("report.table.referralsByForm"),
				context.text("report.heading.form"), formRows, twoColumns, twoCodes, List.of(
						current.byForm()
							.stream()
							.collect(Collectors.toMap(c -> c.form().name(), ReferralCounts.FormCount::referrals,
									Long::sum)),
						current.byForm()
							.stream()
							.collect(Collectors.toMap(c -> c.form().name(), ReferralCounts.FormCount::youths,
									Long::sum))),
				Unit.OCCURRENCES, Chart.BAR);

		// help measures for child welfare: measures running and youths, planned and
		// recorded hours
		var measureRows = new LinkedHashMap<String, String>();
		measureRows.put("measures", context.text("report.row.childWelfareMeasures"));
		measureRows.put("youths", context.text("report.row.childWelfareYouths"));
		var measured = Table.of("childWelfareMeasures", context.text("report.table.childWelfareMeasures"),
				context.text("report.heading.childWelfareMeasures"), measureRows, columns, context.columnCodes(),
				figures.stream()
					.map(f -> Map.of("measures", f.measures().measures(), "youths", f.measures().youths()))
					.toList(),
				Unit.YOUTHS, Chart.BAR);
		var hourRows = new LinkedHashMap<String, String>();
		hourRows.put("planned", context.text("report.row.plannedHours"));
		hourRows.put("recorded", context.text("report.row.recordedHours"));
		var hours = Table.of("childWelfareMeasureHours", context.text("report.table.childWelfareMeasureHours"),
				context.text("report.heading.time"), hourRows, columns, context.columnCodes(),
				figures.stream()
					.map(f -> Map.of("planned", f.measures().plannedHours(), "recorded", f.measures().recordedHours()))
					.toList(),
				Unit.HOURS, Chart.NONE);
		return List.of(totals, byService, byForm, measured, hours);
	}

	/** {@code referrals} of the API. */
	static Map<String, Object> referralsJson(Figures figures) {
		var t = figures.totals();
		var json = new LinkedHashMap<String, Object>();
		json.put("total", t.referrals());
		json.put("uniqueYouths", t.youths());
		json.put("accompanied", t.accompanied());
		json.put("byService",
				figures.byService()
					.stream()
					.map(c -> Map.of("service", c.serviceName(), "serviceId", c.serviceId().toString(), "serviceKind",
							c.kind().name().toLowerCase(), "count", c.referrals(), "uniqueYouths", c.youths()))
					.toList());
		json.put("byForm", figures.byForm()
			.stream()
			.map(c -> Map.of("form", c.form().name().toLowerCase(), "count", c.referrals(), "uniqueYouths", c.youths()))
			.toList());
		return json;
	}

	/** {@code childWelfareMeasures} of the API. */
	static Map<String, Object> measuresJson(Figures figures) {
		var m = figures.measures();
		return Map.of("measures", m.measures(), "uniqueYouths", m.youths(), "plannedHours", m.plannedHours(),
				"recordedHours", m.recordedHours());
	}

}
