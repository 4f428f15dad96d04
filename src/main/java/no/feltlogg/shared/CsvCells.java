package no.feltlogg.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text for a cell of a CSV file that a spreadsheet will open. A cell that begins with
 * {@code = + - @}, a tab or a carriage return is read by Excel and LibreOffice as a
 * formula ({@code =HYPERLINK(...)} in a place name would run when the leader opens the
 * export), so it gets a leading apostrophe, which the spreadsheet shows as text (OWASP's
 * advice on CSV injection). A plain number such as {@code -3} or {@code -12,5} is left as
 * it is. Every CSV export writes its cells through {@link #text}.
 */
public final class CsvCells {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?%?");

	private CsvCells() {
	}

	public static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		var text = value.toString();
		if (text.isEmpty() || NUMBER.matcher(text).matches()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
