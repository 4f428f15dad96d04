package no.feltlogg.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The council's PDF of the report (ADR 0042): the page's own report template
 * (statistics/report.html fragments) laid out for print by {@link HtmlPdf} — the same
 * tables, the same charts, the summary, the foreword and the comments, a contents page, a
 * key to hidden cells under every table that has one, page numbers — and tagged as
 * PDF/UA.
 */
@Component
class ReportPdf {

	/** The page's own stylesheet for the summary, the charts and the key, read once. */
	private static final String CSS = css();

	private final HtmlPdf html;

	ReportPdf(HtmlPdf html) {
		this.html = html;
	}

	byte[] write(ReportView report, Locale locale) {
		var variables = new LinkedHashMap<String, Object>();
		variables.put("view", report);
		variables.put("report", report.report());
		variables.put("reportCss", CSS);
		return html.render("statistics/annual-pdf", variables, locale);
	}

	private static String css() {
		try (var in = ReportPdf.class.getResourceAsStream("/static/css/report.css")) {
			if (in == null) {
				throw new IllegalStateException("static/css/report.css is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
