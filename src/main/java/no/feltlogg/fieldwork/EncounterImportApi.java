package no.feltlogg.fieldwork;

import java.io.InputStream;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.feltlogg.shared.CurrentUser;

/**
 * {@code POST /api/v1/import/encounters?dryRun=true|false} with a {@code text/csv} body,
 * for a leader signed in with a session and sending the CSRF header. Answers 200 with the
 * report, or 422 with it when a line is bad and nothing was stored. The body is read as a
 * stream, never held whole.
 */
@RestController
@RequestMapping("/api/v1/import/encounters")
class EncounterImportApi {

	private final EncounterImport encounterImport;

	private final ImportMessages messages;

	EncounterImportApi(EncounterImport encounterImport, ImportMessages messages) {
		this.encounterImport = encounterImport;
		this.messages = messages;
	}

	@PostMapping(consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImportReport> importEncounters(@AuthenticationPrincipal CurrentUser leader,
			@RequestParam(defaultValue = "false") boolean dryRun, InputStream body, Locale locale) {
		var outcome = encounterImport.run(leader, body, dryRun);
		var status = outcome.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
		return ResponseEntity.status(status).body(messages.report(outcome, locale));
	}

}
