package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.feltlogg.shared.CsvCells;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.FormDates;
import no.feltlogg.shared.Oslo;

/**
 * The area meeting's extract: the leader's, with notes, under {@code /fieldwork/area-extract}; the SLT coordinator's,
 * counts only and suppressed, under {@code /slt/area-extract}. Each as a page, a PDF and a CSV file.
 */
@Controller
class AreaExtractController {

	private final AreaExtracts extracts;

	private final AreaExtractPdf pdf;

	private final DateFormats formats;

	private final Clock clock;

	AreaExtractController(AreaExtracts extracts, AreaExtractPdf pdf, DateFormats formats, Clock clock) {
		this.extracts = extracts;
		this.pdf = pdf;
		this.formats = formats;
		this.clock = clock;
	}

	/** The window and areas as asked for, with what is wrong at each field. */
	record Query(List<UUID> areas, LocalDate from, LocalDate to, @Nullable String fromError, @Nullable String toError,
			String fromText, String toText) {

		boolean valid() {
			return fromError == null && toError == null;
		}

		String query() {
			var q = new StringBuilder("?from=").append(fromText).append("&to=").append(toText);
			areas.forEach(a -> q.append("&area=").append(a));
			return q.toString();
		}

	}

	@GetMapping("/fieldwork/area-extract")
	@PreAuthorize("hasRole('LEADER')")
	String leaderPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, Model model) {
		return page(user, area, from, to, locale, model, "/fieldwork/area-extract");
	}

	@GetMapping("/slt/area-extract")
	String sltPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, Model model) {
		return page(user, area, from, to, locale, model, "/slt/area-extract");
	}

	@GetMapping("/fieldwork/area-extract.pdf")
	@PreAuthorize("hasRole('LEADER')")
	void leaderPdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writePdf(user, area, from, to, locale, response);
	}

	@GetMapping("/slt/area-extract.pdf")
	void sltPdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writePdf(user, area, from, to, locale, response);
	}

	@GetMapping("/fieldwork/area-extract.csv")
	@PreAuthorize("hasRole('LEADER')")
	void leaderCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writeCsv(user, area, from, to, locale, response);
	}

	@GetMapping("/slt/area-extract.csv")
	void sltCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writeCsv(user, area, from, to, locale, response);
	}

	private String page(CurrentUser user, @Nullable List<String> area, @Nullable String from, @Nullable String to,
			Locale locale, Model model, String base) {
		var query = query(area, from, to);
		model.addAttribute("base", base);
		model.addAttribute("query", query);
		model.addAttribute("choosable", extracts.choosable(user));
		if (query.valid() && !query.areas().isEmpty()) {
			model.addAttribute("extract", extracts.extract(user, query.areas(), query.from(), query.to(), locale));
			model.addAttribute("downloads", query.query());
		}
		return "fieldwork/area-extract";
	}

	private void writePdf(CurrentUser user, @Nullable List<String> area, @Nullable String from, @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		var query = query(area, from, to);
		if (!query.valid() || query.areas().isEmpty()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		var extract = extracts.extract(user, query.areas(), query.from(), query.to(), locale);
		response.setContentType("application/pdf");
		attachment(response, "omraadeuttrekk-" + query.from() + "-" + query.to() + ".pdf");
		response.getOutputStream().write(pdf.write(extract, locale));
	}

	private void writeCsv(CurrentUser user, @Nullable List<String> area, @Nullable String from, @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		var query = query(area, from, to);
		if (!query.valid() || query.areas().isEmpty()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		var extract = extracts.extract(user, query.areas(), query.from(), query.to(), locale);
		response.setContentType("text/csv; charset=UTF-8");
		attachment(response, "omraadeuttrekk-" + query.from() + "-" + query.to() + ".csv");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\ufeff');
		try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
			.setHeader("table", "row", "column", "value")
			.setRecordSeparator("\r\n")
			.get())) {
			for (var table : extract.tables()) {
				for (int r = 0; r < table.rows().size(); r++) {
					for (int c = 0; c < table.columns().size(); c++) {
						csv.printRecord(CsvCells.text(table.id()), CsvCells.text(table.rows().get(r)),
								CsvCells.text(table.columns().get(c)), CsvCells.text(table.cell(r, c)));
					}
				}
			}
			for (var note : extract.notes()) {
				csv.printRecord("notes", CsvCells.text(formats.date(note.date()) + " " + note.area()),
						CsvCells.text(note.kinds()), CsvCells.text(note.note()));
			}
		}
	}

	private Query query(@Nullable List<String> area, @Nullable String from, @Nullable String to) {
		var today = LocalDate.now(clock.withZone(Oslo.ZONE));
		var areas = new ArrayList<UUID>();
		if (area != null) {
			for (var a : area) {
				try {
					areas.add(UUID.fromString(a.trim()));
				}
				catch (IllegalArgumentException ignored) {
					// not an area of anybody's: left out
				}
			}
		}
		String fromError = null;
		String toError = null;
		var toDate = today;
		if (to != null && !to.isBlank()) {
			var parsed = FormDates.parse(to).orElse(null);
			if (parsed == null || parsed.isAfter(today)) {
				toError = "extract.to.invalid";
			}
			else {
				toDate = parsed;
			}
		}
		var fromDate = toDate.minusDays(AreaExtracts.DEFAULT_DAYS - 1);
		if (from != null && !from.isBlank()) {
			var parsed = FormDates.parse(from).orElse(null);
			if (parsed == null || parsed.isAfter(toDate) || parsed.isBefore(toDate.minusDays(AreaExtracts.MAX_DAYS))) {
				fromError = "extract.from.invalid";
			}
			else {
				fromDate = parsed;
			}
		}
		return new Query(areas, fromDate, toDate, fromError, toError,
				fromError == null ? FormDates.format(fromDate) : from, toError == null ? FormDates.format(toDate) : to);
	}

	private static void attachment(HttpServletResponse response, String filename) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
