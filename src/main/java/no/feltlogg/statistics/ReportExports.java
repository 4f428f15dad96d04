package no.feltlogg.statistics;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report as files people open: a PDF fit to send to the council (team, period, foreword, tables, charts,
 * comments, page numbers), an XLSX workbook with a contents sheet and a sheet per table ({@link ReportWorkbook}), and
 * a CSV in long format with codes beside the words ({@link ReportCsv}). Each is written from the same {@link AnnualReport}; a published report has its
 * small numbers suppressed already.
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

	void pdf(AnnualReport report, OutputStream out, Locale locale) throws IOException {
		var document = new Document(PageSize.A4, 50, 50, 60, 60);
		var writer = PdfWriter.getInstance(document, out);
		var pageLabel = text("report.pdf.page", locale);
		writer.setPageEvent(new PdfPageEventHelper() {
			@Override
			public void onEndPage(PdfWriter w, Document d) {
				var footer = new Phrase(report.teamName() + " – " + report.periodLabel() + "    " + pageLabel + " "
						+ w.getPageNumber(), FontFactory.getFont(FontFactory.HELVETICA, 9, Color.DARK_GRAY));
				ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, footer,
						(d.left() + d.right()) / 2, d.bottom() - 25, 0);
			}
		});
		document.addTitle(text("report.title", locale) + " " + report.periodLabel());
		document.setDocumentLanguage(locale.getLanguage());
		document.open();
		var title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
		var heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
		var body = FontFactory.getFont(FontFactory.HELVETICA, 10);
		var bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
		document.add(new Paragraph(text("report.title", locale) + " " + report.periodLabel(), title));
		document.add(new Paragraph(report.teamName(), heading));
		if (report.foreword() != null) {
			var foreword = new Paragraph(report.foreword(), body);
			foreword.setSpacingBefore(16);
			document.add(foreword);
		}
		if (report.sections().stream().anyMatch(s -> s.table().isPublished())) {
			var note = new Paragraph(text("report.suppressionNote", locale), body);
			note.setSpacingBefore(10);
			document.add(note);
		}
		for (var section : report.sections()) {
			var table = section.table();
			var name = new Paragraph(table.title(), heading);
			name.setSpacingBefore(18);
			name.setSpacingAfter(6);
			document.add(name);
			document.add(pdfTable(table, bold, body));
			if (table.chart() != Table.Chart.NONE && !table.isEmpty() && !table.rows().isEmpty()) {
				var image = Image.getInstance(chartPng(table));
				image.scaleToFit(480, 220);
				document.add(image);
			}
			if (section.comment() != null) {
				var comment = new Paragraph(section.comment(), body);
				comment.setSpacingBefore(6);
				document.add(comment);
			}
		}
		document.close();
	}

	private static PdfPTable pdfTable(Table table, Font bold, Font body) {
		int columns = table.columns().size() + 1;
		var pdf = new PdfPTable(columns);
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(1);
		pdf.addCell(cell(table.rowHeading(), bold, Element.ALIGN_LEFT));
		table.columns().forEach(c -> pdf.addCell(cell(c, bold, Element.ALIGN_RIGHT)));
		for (int r = 0; r < table.rows().size(); r++) {
			pdf.addCell(cell(table.rows().get(r), body, Element.ALIGN_LEFT));
			for (int c = 0; c < table.columns().size(); c++) {
				pdf.addCell(cell(table.cell(r, c), body, Element.ALIGN_RIGHT));
			}
		}
		return pdf;
	}

	private static PdfPCell cell(String text, Font font, int alignment) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(4);
		return cell;
	}

	/** A chart of the visible figures; hidden cells are drawn as nothing rather than as their true value. */
	static byte[] chartPng(Table table) throws IOException {
		var data = new DefaultCategoryDataset();
		for (int r = 0; r < table.rows().size(); r++) {
			for (int c = 0; c < table.columns().size(); c++) {
				data.addValue(table.hidden(r, c) ? null : (Number) table.values()[r][c], table.columns().get(c),
						table.rows().get(r));
			}
		}
		JFreeChart chart = table.chart() == Table.Chart.LINE
				? ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false)
				: ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
		chart.setBackgroundPaint(Color.WHITE);
		BufferedImage image = chart.createBufferedImage(960, 440);
		var png = new ByteArrayOutputStream();
		ChartUtils.writeBufferedImageAsPNG(png, image);
		return png.toByteArray();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
