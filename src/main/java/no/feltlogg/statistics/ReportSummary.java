package no.feltlogg.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The five figures a council asks about first, for the period and for the same period a
 * year before, taken from the report's own tables (ADR 0042): encounters, unique youths
 * in follow-up conversations, follow-up conversations, unique group participants,
 * referrals. Last year's figure is read from the year's column of the same table where
 * the report has one, else from last year's report. A published report gives published
 * figures ("<5", "×").
 */
public record ReportSummary(String periodLabel, String previousLabel, List<Figure> figures) {

	/**
	 * One figure: its label, this period's value and last year's (null where last year is
	 * not known).
	 */
	public record Figure(String id, String label, String value, @Nullable String previous) {
	}

	/** Table, row label key, and the key of the figure's label in the summary. */
	private record Source(String table, String rowKey, String labelKey) {
	}

	private static final List<Source> SOURCES = List.of(
			new Source("encounters", "report.row.allEncounters", "report.summary.encounters"),
			new Source("followUp", "report.row.uniqueYouths", "report.summary.followUpYouths"),
			new Source("followUp", "report.row.conversations", "report.summary.conversations"),
			new Source("groups", "report.row.uniqueParticipants", "report.summary.groupParticipants"),
			new Source("referrals", "report.row.referrals", "report.summary.referrals"));

	static ReportSummary of(AnnualReport report, Supplier<AnnualReport> lastYear, MessageSource messages,
			Locale locale) {
		var previousPeriod = report.period().minusYears(1);
		var previousLabel = Periods.label(previousPeriod, locale);
		var figures = new ArrayList<Figure>();
		AnnualReport[] earlier = { null };
		for (var source : SOURCES) {
			var table = table(report, source.table());
			if (table == null) {
				continue;
			}
			var rowLabel = messages.getMessage(source.rowKey(), null, locale);
			int row = table.rows().indexOf(rowLabel);
			if (row < 0 || table.columns().isEmpty()) {
				continue;
			}
			var value = table.cell(row, table.columns().size() - 1);
			String previous;
			int column = table.columns().indexOf(previousLabel);
			if (column >= 0 && column < table.columns().size() - 1) {
				previous = table.cell(row, column);
			}
			else {
				if (earlier[0] == null) {
					earlier[0] = lastYear.get();
				}
				var before = table(earlier[0], source.table());
				int beforeRow = before == null ? -1 : before.rows().indexOf(rowLabel);
				previous = beforeRow < 0 || before.columns().isEmpty() ? null
						: before.cell(beforeRow, before.columns().size() - 1);
			}
			figures.add(new Figure(source.table() + "-" + source.rowKey().substring("report.row.".length()),
					messages.getMessage(source.labelKey(), null, locale), value, previous));
		}
		return new ReportSummary(report.periodLabel(), previousLabel, figures);
	}

	private static @Nullable Table table(AnnualReport report, String id) {
		return report.sections()
			.stream()
			.map(ReportSection::table)
			.filter(t -> t.id().equals(id))
			.findFirst()
			.orElse(null);
	}

}
