package no.feltlogg.fieldwork;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.feltlogg.fieldwork.ImportOutcome.LineError;

/**
 * Turns the problems of an import's bad lines into readable text, in the user's language
 * (bokmål by default).
 */
@Component
class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** One line's problems as one sentence or a few. */
	String text(LineError error, Locale locale) {
		return error.problems()
			.stream()
			.map(p -> messages.getMessage(p.key(), p.args().toArray(), locale))
			.collect(Collectors.joining(" "));
	}

	/** The report as the API answers it and the page shows it. */
	ImportReport report(ImportOutcome outcome, Locale locale) {
		List<ImportReport.Error> errors = outcome.errors()
			.stream()
			.map(e -> new ImportReport.Error(e.line(), text(e, locale)))
			.toList();
		return new ImportReport(outcome.imported(), outcome.skipped(), errors, outcome.errorCount(),
				new ImportReport.Created(outcome.newAreas(), outcome.newPlaces()), outcome.dryRun());
	}

}
