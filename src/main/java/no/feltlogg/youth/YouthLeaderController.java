package no.feltlogg.youth;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.feltlogg.audit.AccessLog;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;

/**
 * The leader's pages: the priority overview and the export for an access request (the
 * access log has its own).
 */
@Controller
@RequestMapping("/youth")
class YouthLeaderController {

	private final YouthRecords records;

	private final YouthExport export;

	private final ExportPdf pdf;

	private final StaffNames staffNames;

	private final AccessLog accessLog;

	private final Clock clock;

	YouthLeaderController(YouthRecords records, YouthExport export, ExportPdf pdf, StaffNames staffNames,
			AccessLog accessLog, Clock clock) {
		this.clock = clock;
		this.records = records;
		this.export = export;
		this.pdf = pdf;
		this.staffNames = staffNames;
		this.accessLog = accessLog;
	}

	@GetMapping("/priorities")
	String priorities(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable YearMonth month, Model model) {
		var shown = month == null ? YearMonth.from(YouthFormChecks.today(clock)) : month;
		var overview = records.priorityOverview(user, shown);
		accessLog.listed(user, Subjects.LIST_PRIORITIES.code(), overview.named());
		model.addAttribute("overview", overview);
		model.addAttribute("levels", PriorityLevel.values());
		model.addAttribute("staff", staffNames.of(user.requireTeamId()));
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("monthStart", shown.atDay(1));
		return "youth/priorities";
	}

	@GetMapping(path = "/{id}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> exportJson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		var result = export.export(user, id, "json");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(result, "json"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(result.asMap());
	}

	@GetMapping(path = "/{id}/export.pdf")
	ResponseEntity<byte[]> exportPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
		var result = export.export(user, id, "pdf");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(result, "pdf"))
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf.write(result, locale));
	}

	private static String attachment(YouthExport.Export result, String extension) {
		return ContentDisposition.attachment()
			.filename("innsyn-" + result.youth().id() + "-" + Oslo.date(result.exportedAt()) + "." + extension)
			.build()
			.toString();
	}

}
