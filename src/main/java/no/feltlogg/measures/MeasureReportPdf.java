package no.feltlogg.measures;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
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
 * The short report back to child welfare: the measure and its period, the plan's goals
 * with the hours recorded against each, and the follow-ups. Nothing from the journal, no
 * other consent, no other measure.
 */
@Component
class MeasureReportPdf {

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);

	private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);

	private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);

	private final MessageSource messages;

	private final DateFormats formats;

	MeasureReportPdf(MessageSource messages, DateFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	byte[] write(Measures.MeasurePage page, String teamName, Instant madeAt, Locale locale) {
		var measure = page.measure();
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(message("measures.report.title", locale, measure.title()), TITLE));
		document.add(new Paragraph(message("measures.report.made", locale, teamName, formats.dateTime(madeAt)), TEXT));

		heading(document, message("measures.report.measure", locale));
		var facts = new PdfPTable(new float[] { 1, 3 });
		facts.setWidthPercentage(100);
		row(facts, message("measures.youth", locale), page.youth().name());
		row(facts, message("measures.decidedOn", locale), formats.date(measure.decidedOn()));
		row(facts, message("measures.period", locale),
				formats.date(measure.startsOn()) + " – " + formats.date(measure.endsOn()));
		row(facts, message("measures.hoursPerWeek", locale), Hours.format(measure.hoursPerWeek()));
		row(facts, message("measures.responsible", locale), page.staffName(measure.responsibleId()));
		row(facts, message("measures.evaluationOn", locale), formats.date(measure.evaluationOn()));
		var consent = page.consent();
		if (consent != null) {
			row(facts, message("measures.consent", locale), message("measures.report.consent", locale,
					formats.date(consent.givenOn()), message("youth.consent.giver." + consent.givenBy(), locale)));
		}
		row(facts, message("measures.recordedHours", locale), Hours.format(page.recordedHours()));
		document.add(facts);

		heading(document, message("measures.goals", locale));
		var goals = new PdfPTable(new float[] { 4, 1 });
		goals.setWidthPercentage(100);
		goals.addCell(cell(message("measures.goal", locale), LABEL));
		goals.addCell(cell(message("measures.hours", locale), LABEL));
		for (var goal : page.goals()) {
			goals.addCell(cell(goal.text(), TEXT));
			goals.addCell(
					cell(Hours.format(page.hoursByGoal().getOrDefault(goal.id(), java.math.BigDecimal.ZERO)), TEXT));
		}
		document.add(goals);

		heading(document, message("measures.followUps", locale));
		if (page.followUps().isEmpty()) {
			document.add(new Paragraph(message("measures.followUps.none", locale), TEXT));
		}
		else {
			var table = new PdfPTable(new float[] { 1, 2, 1, 4 });
			table.setWidthPercentage(100);
			for (var key : new String[] { "measures.followUp.doneOn", "measures.goal", "measures.hours",
					"measures.followUp.note" }) {
				table.addCell(cell(message(key, locale), LABEL));
			}
			for (var f : page.followUps()) {
				table.addCell(cell(formats.date(f.doneOn()), TEXT));
				table.addCell(cell(page.goalText(f.goalId()), TEXT));
				table.addCell(cell(Hours.format(f.hours()), TEXT));
				table.addCell(cell(f.note(), TEXT));
			}
			document.add(table);
		}
		document.close();
		return out.toByteArray();
	}

	private static void heading(Document document, String text) {
		var heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(14);
		heading.setSpacingAfter(4);
		document.add(heading);
	}

	private static void row(PdfPTable table, String label, String value) {
		table.addCell(cell(label, LABEL));
		table.addCell(cell(value, TEXT));
	}

	private static PdfPCell cell(String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(3);
		return cell;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
