package no.feltlogg.fieldwork;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.feltlogg.shared.DateFormats;

/**
 * The area meeting's extract as a PDF to bring to the SLT area meeting or the rapid
 * assessment (HKH).
 */
@Component
class AreaExtractPdf {

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);

	private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font LABEL = new Font(Font.HELVETICA, 8, Font.BOLD);

	private static final Font TEXT = new Font(Font.HELVETICA, 8, Font.NORMAL);

	private final MessageSource messages;

	private final DateFormats formats;

	AreaExtractPdf(MessageSource messages, DateFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	byte[] write(AreaExtract extract, Locale locale) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(message("extract.title", locale), TITLE));
		document.add(new Paragraph(message("extract.window", locale, formats.date(extract.from()),
				formats.date(extract.to()), String.join(", ", extract.areas())), TEXT));
		if (extract.suppressed()) {
			document.add(new Paragraph(message("extract.suppressed", locale), TEXT));
		}
		for (var table : extract.tables()) {
			heading(document, table.title());
			if (table.rows().isEmpty()) {
				document.add(new Paragraph(message("extract.none", locale), TEXT));
				continue;
			}
			var pdfTable = new PdfPTable(table.columns().size() + 1);
			pdfTable.setWidthPercentage(100);
			pdfTable.setHeaderRows(1);
			pdfTable.addCell(cell(table.rowHeading(), LABEL));
			table.columns().forEach(c -> pdfTable.addCell(cell(c, LABEL)));
			for (int r = 0; r < table.rows().size(); r++) {
				pdfTable.addCell(cell(table.rows().get(r), TEXT));
				for (int c = 0; c < table.columns().size(); c++) {
					pdfTable.addCell(cell(table.cell(r, c), TEXT));
				}
			}
			document.add(pdfTable);
		}
		if (!extract.suppressed()) {
			heading(document, message("extract.notes", locale));
			if (extract.notes().isEmpty()) {
				document.add(new Paragraph(message("extract.notes.none", locale), TEXT));
			}
			else {
				var notes = new PdfPTable(new float[] { 1, 2, 2, 1, 5 });
				notes.setWidthPercentage(100);
				notes.setHeaderRows(1);
				for (var key : new String[] { "extract.note.date", "extract.note.area", "extract.note.kinds",
						"extract.note.severity", "extract.note.note" }) {
					notes.addCell(cell(message(key, locale), LABEL));
				}
				for (var note : extract.notes()) {
					notes.addCell(cell(formats.date(note.date()), TEXT));
					notes.addCell(cell(note.area(), TEXT));
					notes.addCell(cell(note.kinds(), TEXT));
					notes.addCell(cell(note.severity(), TEXT));
					notes.addCell(cell(note.note() == null ? "" : note.note(), TEXT));
				}
				document.add(notes);
			}
		}
		document.close();
		return out.toByteArray();
	}

	private static void heading(Document document, String text) {
		var heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		document.add(heading);
	}

	private static PdfPCell cell(String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(2);
		return cell;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
