package no.feltlogg.statistics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The report as its page and its PDF show it (ADR 0042): the summary at the top, then
 * each section with its chart and whether its table hides any figure (so that the key to
 * "<5" and "×" stands under that very table).
 */
public record ReportView(AnnualReport report, ReportSummary summary, List<Section> sections) {

	/** A section of the report with what the page draws beside its table. */
	public record Section(ReportSection section, @Nullable ReportChart chart, boolean hasSmall, boolean hasCrossed) {

		public Table table() {
			return section.table();
		}

		public boolean hasHidden() {
			return hasSmall || hasCrossed;
		}

	}

	static ReportView of(AnnualReport report, ReportSummary summary) {
		return new ReportView(report, summary, report.sections().stream().map(ReportView::section).toList());
	}

	/** Whether any section hides a figure: the PDF's opening says what the signs mean. */
	public boolean hasHidden() {
		return sections.stream().anyMatch(Section::hasHidden) || summary.figures()
			.stream()
			.anyMatch(f -> hidden(f.value()) || (f.previous() != null && hidden(f.previous())));
	}

	private static Section section(ReportSection section) {
		var table = section.table();
		boolean small = false;
		boolean crossed = false;
		boolean totals = table.isPublished() && table.hasRowTotals();
		for (int r = 0; r < table.rows().size(); r++) {
			for (int c = 0; c <= table.columns().size(); c++) {
				String cell = c < table.columns().size() ? table.cell(r, c) : totals ? table.rowTotal(r) : "";
				small |= cell.equals("<5");
				crossed |= cell.equals("×");
			}
		}
		return new Section(section, ReportChart.of(table), small, crossed);
	}

	private static boolean hidden(String cell) {
		return cell.equals("<5") || cell.equals("×");
	}

}
