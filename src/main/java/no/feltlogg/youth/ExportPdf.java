package no.feltlogg.youth;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.stream.Collectors;

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

import no.feltlogg.catalog.Catalog;
import no.feltlogg.catalog.CodeKind;
import no.feltlogg.shared.DateFormats;

/**
 * Writes a youth's export as a PDF for the youth or guardian who asked to see what is
 * stored.
 */
@Component
class ExportPdf {

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);

	private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);

	private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);

	/**
	 * Where the label of a coded value is found, by field: the first prefix that has the
	 * code wins.
	 */
	private static final Map<String, List<String>> CODED = Map.ofEntries(Map.entry("gender", List.of("youth.gender.")),
			Map.entry("status", List.of("youth.status.", "journal.status.")),
			Map.entry("priority", List.of("youth.priority.")), Map.entry("from", List.of("youth.priority.")),
			Map.entry("to", List.of("youth.priority.")), Map.entry("scope", List.of("youth.consent.scope.")),
			Map.entry("givenBy", List.of("youth.consent.giver.")), Map.entry("howGiven", List.of("youth.consent.how.")),
			Map.entry("criterion", List.of("youth.concern.")), Map.entry("type", List.of("journal.type.")),
			Map.entry("action", List.of("audit.action.")), Map.entry("subject", List.of("audit.subject.")),
			Map.entry("role", List.of("role.")), Map.entry("restricted", List.of("youth.export.boolean.")),
			Map.entry("allowed", List.of("youth.export.boolean.")));

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

	private final MessageSource messages;

	private final DateFormats formats;

	private final Catalog catalog;

	ExportPdf(MessageSource messages, DateFormats formats, Catalog catalog) {
		this.messages = messages;
		this.formats = formats;
		this.catalog = catalog;
	}

	byte[] write(YouthExport.Export export, Locale locale) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		var themes = catalog.labels(export.youth().teamId(), CodeKind.THEME);
		document.open();
		document.add(new Paragraph(message("youth.export.title", locale, export.youth().name()), TITLE));
		document.add(new Paragraph(message("youth.export.made", locale, formats.dateTime(export.exportedAt())), TEXT));
		for (var section : export.sections()) {
			var heading = new Paragraph(message("youth.export.section." + section.name(), locale), HEADING);
			heading.setSpacingBefore(14);
			heading.setSpacingAfter(4);
			document.add(heading);
			if (section.records().isEmpty()) {
				document.add(new Paragraph(message("youth.export.none", locale), TEXT));
			}
			for (var record : section.records()) {
				var table = new PdfPTable(new float[] { 1, 3 });
				table.setWidthPercentage(100);
				table.setSpacingAfter(6);
				record.forEach((key, value) -> {
					table.addCell(cell(messageOr("youth.export.field." + key, key, locale), LABEL));
					table.addCell(cell(text(key, value, themes, locale), TEXT));
				});
				document.add(table);
			}
		}
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell cell(String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(3);
		return cell;
	}

	/**
	 * A value as a reader expects it: labels for codes and themes, Norwegian dates, Oslo
	 * times.
	 */
	private String text(String key, Object value, Map<String, String> themes, Locale locale) {
		if (value instanceof Collection<?> values) {
			return values.stream()
				.map(v -> "themes".equals(key) ? themes.getOrDefault(String.valueOf(v), String.valueOf(v))
						: String.valueOf(v))
				.collect(Collectors.joining(", "));
		}
		var text = String.valueOf(value);
		for (var prefix : CODED.getOrDefault(key, List.of())) {
			var label = messages.getMessage(prefix + text, null, null, locale);
			if (label != null) {
				return label;
			}
		}
		if (INSTANT.matcher(text).matches()) {
			return formats.dateTime(Instant.parse(text));
		}
		if (DATE.matcher(text).matches()) {
			return formats.date(LocalDate.parse(text));
		}
		return text;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String messageOr(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
