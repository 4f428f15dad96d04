package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.team.Teams;

/**
 * The leader's import page: upload a CSV file, read the check (every bad line with its
 * number and reason, nothing stored), then confirm. The checked file waits in the
 * database ({@link PendingImports}), so confirming needs no second upload and may be
 * served by another instance than the check; confirming checks it again as it stores it,
 * all or nothing.
 */
@Controller
@RequestMapping("/team/import")
@PreAuthorize("hasRole('LEADER')")
class EncounterImportController {

	private final EncounterImport encounterImport;

	private final ImportMessages messages;

	private final Teams teams;

	private final PendingImports pendingImports;

	EncounterImportController(EncounterImport encounterImport, ImportMessages messages, Teams teams,
			PendingImports pendingImports) {
		this.encounterImport = encounterImport;
		this.messages = messages;
		this.teams = teams;
		this.pendingImports = pendingImports;
	}

	@GetMapping
	String open(@AuthenticationPrincipal CurrentUser leader, Model model) {
		pendingImports.discard(leader);
		return page(leader, model);
	}

	@PostMapping
	String check(@AuthenticationPrincipal CurrentUser leader, @RequestParam("file") MultipartFile upload, Locale locale,
			Model model) throws IOException {
		pendingImports.discard(leader);
		if (upload.isEmpty()) {
			model.addAttribute("fileError", "import.file.missing");
			return page(leader, model);
		}
		ImportOutcome outcome;
		try (InputStream in = upload.getInputStream()) {
			outcome = encounterImport.run(leader, in, true);
		}
		var fileName = fileName(upload);
		model.addAttribute("report", messages.report(outcome, locale));
		model.addAttribute("fileName", fileName);
		if (!outcome.hasErrors() && outcome.imported() + outcome.skipped() > 0) {
			try (InputStream in = upload.getInputStream()) {
				model.addAttribute("token", pendingImports.save(leader, fileName, in).token());
			}
		}
		return page(leader, model);
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser leader, @RequestParam String token, Locale locale, Model model,
			RedirectAttributes redirect) throws IOException {
		var file = Files.createTempFile("feltlogg-import-", ".csv");
		try {
			var pending = parse(token).flatMap(t -> pendingImports.take(leader, t, file));
			if (pending.isEmpty()) {
				redirect.addFlashAttribute("error", "import.expired");
				return "redirect:/team/import";
			}
			ImportOutcome outcome;
			try (InputStream in = Files.newInputStream(file)) {
				outcome = encounterImport.run(leader, in, false);
			}
			var report = messages.report(outcome, locale);
			if (outcome.hasErrors()) {
				model.addAttribute("report", report);
				model.addAttribute("fileName", pending.get().fileName());
				return page(leader, model);
			}
			redirect.addFlashAttribute("done", report);
			return "redirect:/team/import";
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@PostMapping("/{id}/undo")
	String undo(@AuthenticationPrincipal CurrentUser leader, @PathVariable UUID id, RedirectAttributes redirect) {
		var removed = encounterImport.undo(leader, id);
		if (removed.isEmpty()) {
			redirect.addFlashAttribute("error", "import.undo.gone");
		}
		else {
			redirect.addFlashAttribute("message", "import.undo.done");
			redirect.addFlashAttribute("messageArg", removed.getAsInt());
		}
		return "redirect:/team/import";
	}

	@PostMapping("/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser leader, RedirectAttributes redirect) {
		pendingImports.discard(leader);
		redirect.addFlashAttribute("message", "import.cancelled");
		return "redirect:/team/import";
	}

	private String page(CurrentUser leader, Model model) {
		var team = leader.requireTeamId();
		model.addAttribute("history", encounterImport.history(team, 10));
		model.addAttribute("staff", teams.staffNames(team));
		model.addAttribute("columns", String.join(",", ImportFile.COLUMNS));
		model.addAttribute("example", "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol;school,SOMA-12345");
		model.addAttribute("maxErrors", ImportErrors.MAX_REPORTED);
		return "fieldwork/import";
	}

	/** The token the page posts back; anything else matches no waiting file. */
	private static Optional<UUID> parse(String token) {
		try {
			return Optional.of(UUID.fromString(token));
		}
		catch (IllegalArgumentException notAToken) {
			return Optional.empty();
		}
	}

	private static String fileName(MultipartFile upload) {
		var name = upload.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "import.csv";
		}
		var normalized = name.replace('\\', '/');
		return normalized.substring(normalized.lastIndexOf('/') + 1);
	}

}
