package no.feltlogg.youth;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The words of the rows, for the templates and the export. */
record LogTexts(LogLabels labels, Locale locale) {

	public String subject(LogRow row) {
		return labels.subject(row.subject(), locale);
	}

	public @Nullable String detail(LogRow row) {
		return labels.detail(row.subject(), row.detail(), locale);
	}

	public String action(LogRow row) {
		return labels.action(row.action(), locale);
	}

	/**
	 * "A list showing 3 youths", for a list view's row, which names no single youth.
	 */
	public String listed(LogRow row) {
		return labels.listed(row.shown().size(), locale);
	}

}
