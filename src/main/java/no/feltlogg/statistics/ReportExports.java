package no.feltlogg.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.CsvCells;

/**
 * The report as files people open: an XLSX workbook with a sheet per table, and a CSV in long format
 * ({@code table,row,column,value}); the PDF for the council is {@link ReportPdf}. Each is written from the same
 * {@link AnnualReport}; a published report has its small numbers suppressed already.
 */
@Component
class ReportExports {

	private final MessageSource messages;

	ReportExports(MessageSource messages) {
		this.messages = messages;
	}

	void csv(AnnualReport report, OutputStream out) throws IOException {
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\ufeff'); // so that Excel opens UTF-8 with Norwegian letters right
		try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
			.setHeader("table", "row", "column", "value")
			.setRecordSeparator("\r\n")
			.get())) {
			for (var section : report.sections()) {
				var table = section.table();
				for (int r = 0; r < table.rows().size(); r++) {
					for (int c = 0; c < table.columns().size(); c++) {
						csv.printRecord(CsvCells.text(table.id()), CsvCells.text(table.rows().get(r)),
								CsvCells.text(table.columns().get(c)), CsvCells.text(table.cell(r, c)));
					}
				}
			}
		}
	}

	void xlsx(AnnualReport report, OutputStream out, Locale locale) throws IOException {
		var workbook = new Workbook(out, "Feltlogg", "1.0");
		var used = new java.util.HashSet<String>();
		for (var section : report.sections()) {
			var table = section.table();
			var sheet = workbook.newWorksheet(sheetName(table.title(), used));
			sheet.value(0, 0, table.title());
			sheet.style(0, 0).bold().set();
			sheet.value(1, 0, report.teamName() + " – " + report.periodLabel());
			sheet.value(3, 0, table.rowHeading());
			sheet.style(3, 0).bold().set();
			for (int c = 0; c < table.columns().size(); c++) {
				sheet.value(3, c + 1, table.columns().get(c));
				sheet.style(3, c + 1).bold().set();
			}
			for (int r = 0; r < table.rows().size(); r++) {
				sheet.value(4 + r, 0, table.rows().get(r));
				for (int c = 0; c < table.columns().size(); c++) {
					if (table.hidden(r, c)) {
						sheet.value(4 + r, c + 1, table.cell(r, c));
					}
					else {
						sheet.value(4 + r, c + 1, table.values()[r][c]);
					}
				}
			}
			int next = 5 + table.rows().size();
			if (table.isPublished()) {
				sheet.value(next++, 0, text("report.suppressionNote", locale));
			}
			if (section.comment() != null) {
				sheet.value(next, 0, section.comment());
			}
			sheet.width(0, 34);
			sheet.finish();
		}
		workbook.finish();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
	static String sheetName(String title, java.util.Set<String> used) {
		var name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
		if (name.length() > 28) {
			name = name.substring(0, 28).trim();
		}
		var candidate = name;
		for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
			candidate = name + " " + i;
		}
		return candidate;
	}

}
