package no.feltlogg.fieldwork;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.feltlogg.shared.CsvCells;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.DateFormats;
import no.feltlogg.shared.Oslo;

/**
 * The area extract as files, the leader's and the SLT coordinator's (see
 * {@link AreaExtractController}): a PDF and a CSV file of one value per row. A query the
 * page would show errors for is a bad request.
 */
@Controller
class AreaExtractFileController {

	private final AreaExtracts extracts;

	private final AreaExtractPdf pdf;

	private final DateFormats formats;

	private final Clock clock;

	AreaExtractFileController(AreaExtracts extracts, AreaExtractPdf pdf, DateFormats formats, Clock clock) {
		this.extracts = extracts;
		this.pdf = pdf;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/fieldwork/area-extract.pdf")
	@PreAuthorize("hasRole('LEADER')")
	void leaderPdf(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writePdf(user, query(area, from, to), locale, response);
	}

	@GetMapping("/slt/area-extract.pdf")
	void sltPdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writePdf(user, query(area, from, to), locale, response);
	}

	@GetMapping("/fieldwork/area-extract.csv")
	@PreAuthorize("hasRole('LEADER')")
	void leaderCsv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writeCsv(user, query(area, from, to), locale, response);
	}

	@GetMapping("/slt/area-extract.csv")
	void sltCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, HttpServletResponse response) throws IOException {
		writeCsv(user, query(area, from, to), locale, response);
	}

	private AreaExtractQuery query(@Nullable List<String> area, @Nullable String from, @Nullable String to) {
		return AreaExtractQuery.of(area, from, to, LocalDate.now(clock.withZone(Oslo.ZONE)));
	}

	private void writePdf(CurrentUser user, AreaExtractQuery query, Locale locale, HttpServletResponse response)
			throws IOException {
		if (!query.complete()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		var extract = extracts.extract(user, query.areas(), query.from(), query.to(), locale);
		response.setContentType("application/pdf");
		attachment(response, "omraadeuttrekk-" + query.from() + "-" + query.to() + ".pdf");
		response.getOutputStream().write(pdf.write(extract, locale));
	}

	private void writeCsv(CurrentUser user, AreaExtractQuery query, Locale locale, HttpServletResponse response)
			throws IOException {
		if (!query.complete()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		var extract = extracts.extract(user, query.areas(), query.from(), query.to(), locale);
		response.setContentType("text/csv; charset=UTF-8");
		attachment(response, "omraadeuttrekk-" + query.from() + "-" + query.to() + ".csv");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\ufeff');
		try (var csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder()
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

	private static void attachment(HttpServletResponse response, String filename) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
