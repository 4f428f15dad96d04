package no.feltlogg.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The SLT trends as files (ADR 0043): a tagged PDF rendered from its own template with
 * the page's model, and an XLSX workbook with a contents sheet, the definitions and the
 * base of each month, and a sheet per table. Both write each figure as the page shows it
 * ("<5", "×"), and row totals only where the parts add up.
 */
@Component
class TrendsExports {

	/** Excel's longest sheet name. */
	private static final int SHEET_NAME = 31;

	private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter
		.ofPattern("MM.yyyy");

	private final HtmlPdf pdf;

	private final MessageSource messages;

	TrendsExports(HtmlPdf pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	byte[] pdf(Map<String, Object> model, Locale locale) {
		return pdf.render("statistics/trends-pdf", model, locale);
	}

	void xlsx(TrendsView view, Map<String, Object> model, OutputStream out, Locale locale) throws IOException {
		var workbook = new Workbook(out, "Feltlogg", "1.0");
		var contents = workbook.newWorksheet(text("trends.xlsx.contents", locale));
		int row = 0;
		contents.value(row++, 0,
				text("trends.title.export", locale) + " " + MONTH.format(view.from()) + "–" + MONTH.format(view.to())
						+ (view.team() != null ? " · " + view.team() : "")
						+ (model.get("sltArea") instanceof no.feltlogg.sltplan.SltArea a ? " · " + a.name() : ""));
		row++;
		contents.value(row, 0, text("trends.xlsx.sheet", locale));
		contents.value(row, 1, text("trends.xlsx.table", locale));
		contents.style(row, 0).bold().set();
		contents.style(row, 1).bold().set();
		row++;
		var used = new HashSet<String>();
		used.add(text("trends.xlsx.contents", locale));
		var names = new java.util.ArrayList<String>();
		for (var table : view.tables()) {
			var name = sheetName(text("trends.sheet." + table.id(), locale, table.title()), used);
			names.add(name);
			contents.value(row, 0, name);
			contents.value(row, 1, table.title());
			row++;
		}
		row++;
		contents.value(row, 0, text("trends.definitions", locale));
		contents.style(row++, 0).bold().set();
		for (var key : new String[] { "trends.definitions.encounter", "trends.definitions.suppressed",
				"trends.definitions.hidden", "trends.definitions.sums" }) {
			contents.value(row++, 0, text(key, locale));
		}
		row++;
		contents.value(row, 0, text("trends.base.caption", locale));
		contents.style(row++, 0).bold().set();
		contents.value(row, 0, text("report.heading.month", locale));
		contents.value(row, 1, text("trends.base.teams", locale));
		contents.value(row, 2, text("trends.base.imported", locale));
		contents.style(row, 0).bold().set();
		contents.style(row, 1).bold().set();
		contents.style(row, 2).bold().set();
		row++;
		for (var base : view.base()) {
			contents.value(row, 0, base.label());
			contents.value(row, 1, base.teams());
			contents.value(row, 2, text(base.imported() ? "trends.base.yes" : "trends.base.no", locale));
			row++;
		}
		contents.width(0, 40);
		contents.width(1, 60);
		for (int t = 0; t < view.tables().size(); t++) {
			var table = view.tables().get(t);
			var sheet = workbook.newWorksheet(names.get(t));
			sheet.value(0, 0, table.title());
			sheet.style(0, 0).bold().set();
			sheet.value(2, 0, table.rowHeading());
			for (int c = 0; c < table.columns().size(); c++) {
				sheet.value(2, c + 1, table.columns().get(c));
			}
			boolean sums = view.summable(table) && table.isPublished();
			if (sums) {
				sheet.value(2, table.columns().size() + 1, text("report.total", locale));
			}
			sheet.style(2, 0).bold().set();
			for (int r = 0; r < table.rows().size(); r++) {
				sheet.value(r + 3, 0, table.rows().get(r));
				for (int c = 0; c < table.columns().size(); c++) {
					figure(sheet, r + 3, c + 1, table.cell(r, c));
				}
				if (sums) {
					figure(sheet, r + 3, table.columns().size() + 1, table.rowTotal(r));
				}
			}
			int end = table.rows().size() + 4;
			if (view.hidesAny(table)) {
				sheet.value(end++, 0, text("trends.definitions.suppressed", locale));
				sheet.value(end, 0, text("trends.definitions.hidden", locale));
			}
			sheet.width(0, 24);
		}
		workbook.finish();
	}

	/**
	 * The tables in long format, one figure a line (table, row, column, figure), headers
	 * in words; each figure as the page shows it, row totals only where the parts add up.
	 */
	void csv(TrendsView view, OutputStream out, Locale locale) throws IOException {
		var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
		writer.write('\ufeff'); // so that Excel opens UTF-8 with Norwegian letters right
		try (var csv = new org.apache.commons.csv.CSVPrinter(writer,
				org.apache.commons.csv.CSVFormat.DEFAULT.builder()
					.setHeader(text("trends.xlsx.table", locale), text("trends.csv.row", locale),
							text("trends.csv.column", locale), text("trends.csv.figure", locale))
					.setRecordSeparator("\r\n")
					.get())) {
			for (var table : view.tables()) {
				boolean sums = view.summable(table) && table.isPublished();
				for (int r = 0; r < table.rows().size(); r++) {
					for (int c = 0; c < table.columns().size(); c++) {
						csv.printRecord(no.feltlogg.shared.CsvCells.text(table.title()),
								no.feltlogg.shared.CsvCells.text(table.rows().get(r)),
								no.feltlogg.shared.CsvCells.text(table.columns().get(c)), table.cell(r, c));
					}
					if (sums) {
						csv.printRecord(no.feltlogg.shared.CsvCells.text(table.title()),
								no.feltlogg.shared.CsvCells.text(table.rows().get(r)), text("report.total", locale),
								table.rowTotal(r));
					}
				}
			}
		}
	}

	/**
	 * A figure as the page shows it: a number where it is shown, "<5" or "×" as text
	 * where it is not.
	 */
	private static void figure(org.dhatim.fastexcel.Worksheet sheet, int row, int column, String shown) {
		if (!shown.isEmpty() && shown.chars().allMatch(Character::isDigit)) {
			sheet.value(row, column, Long.parseLong(shown));
		}
		else {
			sheet.value(row, column, shown);
			sheet.style(row, column).horizontalAlignment("right").set();
		}
	}

	/**
	 * A sheet name Excel accepts, unique in the workbook, without the characters it
	 * refuses.
	 */
	private static String sheetName(String wanted, java.util.Set<String> used) {
		var clean = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		var name = clean.length() > SHEET_NAME ? clean.substring(0, SHEET_NAME).strip() : clean;
		for (int n = 2; used.contains(name); n++) {
			var suffix = " " + n;
			name = (clean.length() + suffix.length() > SHEET_NAME ? clean.substring(0, SHEET_NAME - suffix.length())
					: clean)
				.strip() + suffix;
		}
		used.add(name);
		return name;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private String text(String key, Locale locale, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
