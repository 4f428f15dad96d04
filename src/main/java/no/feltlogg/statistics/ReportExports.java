package no.feltlogg.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report as files people open: an XLSX workbook with a contents sheet and a sheet per
 * table ({@link ReportWorkbook}), and a CSV in long format with codes beside the words
 * ({@link ReportCsv}); the PDF for the council is {@link ReportPdf}. Each is written from
 * the same {@link AnnualReport}; a published report has its small numbers suppressed
 * already.
 */
@Component
class ReportExports {

	private final MessageSource messages;

	ReportExports(MessageSource messages) {
		this.messages = messages;
	}

	void csv(AnnualReport report, OutputStream out) throws IOException {
		ReportCsv.write(report, out, messages);
	}

	void xlsx(AnnualReport report, OutputStream out, Locale locale) throws IOException {
		ReportWorkbook.write(report, out, locale, messages);
	}

}
