package no.feltlogg.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * The report as an XLSX workbook: a contents sheet first, listing every table's sheet
 * (linked) with its full title, then a sheet per table. Sheet names are short, numbered
 * and never cut inside a word ("3 Alder og kjønn"); the full title is in the contents and
 * in cell A1 of the sheet.
 */
final class ReportWorkbook {

	/** Excel's limit for a sheet name. */
	static final int MAX_SHEET_NAME = 31;

	private ReportWorkbook() {
	}

	static void write(AnnualReport report, OutputStream out, Locale locale, MessageSource messages) throws IOException {
		var names = sheetNames(report, locale, messages);
		var workbook = new Workbook(out, "Feltlogg", "1.0");
		var contentsName = messages.getMessage("report.xlsx.contents", null, locale);
		contents(workbook.newWorksheet(contentsName), report, names, locale, messages);
		for (int i = 0; i < report.sections().size(); i++) {
			var section = report.sections().get(i);
			var table = section.table();
			var sheet = workbook.newWorksheet(names.get(i));
			sheet.value(0, 0, table.title());
			sheet.style(0, 0).bold().set();
			sheet.value(1, 0, report.teamName() + " – " + report.periodLabel());
			sheet.hyperlink(2, 0, HyperLink.internal(reference(contentsName),
					messages.getMessage("report.xlsx.backToContents", null, locale)));
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
				sheet.value(next++, 0, messages.getMessage("report.suppressionNote", null, locale));
			}
			if (section.comment() != null) {
				sheet.value(next, 0, section.comment());
			}
			sheet.width(0, 34);
			sheet.finish();
		}
		workbook.finish();
	}

	private static void contents(Worksheet sheet, AnnualReport report, List<String> names, Locale locale,
			MessageSource messages) throws IOException {
		sheet.value(0, 0, messages.getMessage("report.title", null, locale) + " " + report.periodLabel() + " – "
				+ report.teamName());
		sheet.style(0, 0).bold().set();
		sheet.value(2, 0, messages.getMessage("report.xlsx.sheet", null, locale));
		sheet.value(2, 1, messages.getMessage("report.xlsx.table", null, locale));
		sheet.style(2, 0).bold().set();
		sheet.style(2, 1).bold().set();
		for (int i = 0; i < names.size(); i++) {
			sheet.hyperlink(3 + i, 0, HyperLink.internal(reference(names.get(i)), names.get(i)));
			sheet.value(3 + i, 1, report.sections().get(i).table().title());
		}
		if (report.sections().stream().anyMatch(s -> s.table().isPublished())) {
			sheet.value(4 + names.size(), 0, messages.getMessage("report.suppressionNote", null, locale));
		}
		sheet.width(0, 32);
		sheet.width(1, 70);
		sheet.finish();
	}

	/** A link target: cell A1 of the named sheet. */
	private static String reference(String sheetName) {
		return "'" + sheetName.replace("'", "''") + "'!A1";
	}

	/** One name per section, numbered from 1 in the order of the contents. */
	static List<String> sheetNames(AnnualReport report, Locale locale, MessageSource messages) {
		var names = new ArrayList<String>();
		var used = new HashSet<String>();
		used.add(messages.getMessage("report.xlsx.contents", null, locale).toLowerCase(Locale.ROOT));
		for (int i = 0; i < report.sections().size(); i++) {
			var table = report.sections().get(i).table();
			var shortName = messages.getMessage("report.sheet." + table.id(), null, table.title(), locale);
			names.add(sheetName(i + 1, shortName == null ? table.title() : shortName, used));
		}
		return names;
	}

	/**
	 * "{number} {name}", at most 31 characters, none of []:*?/\ and unique in the
	 * workbook; a name too long keeps its whole words only. The number keeps it unique;
	 * should it still clash, the number alone (and a counter) names it.
	 */
	static String sheetName(int number, String name, Set<String> used) {
		var prefix = number + " ";
		var words = name.replaceAll("[\\[\\]:*?/\\\\']", " ").trim().split("\\s+");
		var fitted = new StringBuilder(prefix);
		for (var word : words) {
			var separator = fitted.length() == prefix.length() ? "" : " ";
			if (fitted.length() + separator.length() + word.length() > MAX_SHEET_NAME) {
				break;
			}
			fitted.append(separator).append(word);
		}
		var candidate = fitted.toString().trim();
		for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
			candidate = number + "-" + i;
		}
		return candidate;
	}

}
