package no.feltlogg.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

import no.feltlogg.shared.CsvCells;

/**
 * The report as CSV in long format, one line per cell (docs/exports.md): a row code and a
 * column code for machines, then the table's code, the row's and the column's words and
 * the value for people. The headers are bokmål whatever the reader's language, so that a
 * script can read them by name; the words follow the report's language.
 */
final class ReportCsv {

	/** The header keys in the messages, in column order. */
	static final List<String> HEADER_KEYS = List.of("report.csv.rowCode", "report.csv.columnCode", "report.csv.table",
			"report.csv.row", "report.csv.column", "report.csv.value");

	static final Locale HEADER_LOCALE = Locale.forLanguageTag("nb-NO");

	private ReportCsv() {
	}

	static void write(AnnualReport report, OutputStream out, MessageSource messages) throws IOException {
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\ufeff'); // so that Excel opens UTF-8 with Norwegian letters right
		var header = HEADER_KEYS.stream().map(k -> messages.getMessage(k, null, HEADER_LOCALE)).toArray(String[]::new);
		try (var csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\r\n").get())) {
			for (var section : report.sections()) {
				var table = section.table();
				for (int r = 0; r < table.rows().size(); r++) {
					for (int c = 0; c < table.columns().size(); c++) {
						csv.printRecord(CsvCells.text(table.rowCodes().get(r)),
								CsvCells.text(table.columnCodes().get(c)), CsvCells.text(table.id()),
								CsvCells.text(table.rows().get(r)), CsvCells.text(table.columns().get(c)),
								CsvCells.text(table.cell(r, c)));
					}
				}
			}
		}
	}

}
