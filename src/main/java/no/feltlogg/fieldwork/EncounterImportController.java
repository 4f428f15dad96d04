package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

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
 * The leader's import page: upload a CSV file, read the check (every bad line with its number and reason, nothing
 * stored), then confirm. The checked file waits in a temporary file bound to the session ({@link PendingImport}), so
 * confirming needs no second upload; confirming checks it again as it stores it, all or nothing.
 */
@Controller
@RequestMapping("/team/import")
@PreAuthorize("hasRole('LEADER')")
class EncounterImportController {

	private final EncounterImport encounterImport;

	private final ImportMessages messages;

	private final Teams teams;

	EncounterImportController(EncounterImport encounterImport, ImportMessages messages, Teams teams) {
		this.encounterImport = encounterImport;
		this.messages = messages;
		this.teams = teams;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser leader, HttpSession session, Model model) {
		discard(session);
		return page(leader, model);
	}

	@PostMapping
	String check(@AuthenticationPrincipal CurrentUser leader, @RequestParam("file") MultipartFile upload,
			HttpSession session, Locale locale, Model model) throws IOException {
		discard(session);
		if (upload.isEmpty()) {
			model.addAttribute("fileError", "import.file.missing");
			return page(leader, model);
		}
		var file = Files.createTempFile("feltlogg-import-", ".csv");
		var pending = new PendingImport(UUID.randomUUID().toString(), file, fileName(upload));
		try {
			upload.transferTo(file);
			var outcome = run(leader, pending, true);
			model.addAttribute("report", messages.report(outcome, locale));
			model.addAttribute("fileName", pending.fileName());
			if (!outcome.hasErrors() && outcome.imported() + outcome.skipped() > 0) {
				session.setAttribute(PendingImport.SESSION_KEY, pending);
				model.addAttribute("token", pending.token());
			}
			else {
				pending.delete();
			}
		}
		catch (IOException | RuntimeException ex) {
			pending.delete();
			throw ex;
		}
		return page(leader, model);
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser leader, @RequestParam String token, HttpSession session,
			Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		if (!(session.getAttribute(PendingImport.SESSION_KEY) instanceof PendingImport pending)
				|| !pending.token().equals(token) || !Files.exists(pending.file())) {
			redirect.addFlashAttribute("error", "import.expired");
			return "redirect:/team/import";
		}
		var outcome = run(leader, pending, false);
		session.removeAttribute(PendingImport.SESSION_KEY);
		var report = messages.report(outcome, locale);
		if (outcome.hasErrors()) {
			model.addAttribute("report", report);
			model.addAttribute("fileName", pending.fileName());
			return page(leader, model);
		}
		redirect.addFlashAttribute("done", report);
		return "redirect:/team/import";
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
	String cancel(HttpSession session, RedirectAttributes redirect) {
		discard(session);
		redirect.addFlashAttribute("message", "import.cancelled");
		return "redirect:/team/import";
	}

	private ImportOutcome run(CurrentUser leader, PendingImport pending, boolean dryRun) throws IOException {
		try (InputStream in = Files.newInputStream(pending.file())) {
			return encounterImport.run(leader, in, dryRun);
		}
	}

	private String page(CurrentUser leader, Model model) {
		var team = leader.requireTeamId();
		model.addAttribute("history", encounterImport.history(team, 10));
		model.addAttribute("staff", teams.staffNames(team));
		model.addAttribute("columns", String.join(",", EncounterImport.COLUMNS));
		model.addAttribute("example", "2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol;school,SOMA-12345");
		model.addAttribute("maxErrors", EncounterImport.MAX_REPORTED_ERRORS);
		return "fieldwork/import";
	}

	/** Removing the attribute deletes its file (see {@link PendingImport#valueUnbound}). */
	private static void discard(HttpSession session) {
		session.removeAttribute(PendingImport.SESSION_KEY);
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
