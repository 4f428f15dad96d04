package no.feltlogg.statistics;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.NotFoundException;

/**
 * The leader's report page: a period, its tables and charts, foreword and comments, and
 * the exports.
 */
@Controller
@RequestMapping("/statistics/annual")
class ReportController {

	private final AnnualReports reports;

	private final ReportExports exports;

	private final ReportPdf pdf;

	private final MessageSource messages;

	private final Clock clock;

	ReportController(AnnualReports reports, ReportExports exports, ReportPdf pdf, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.exports = exports;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The report with its summary (last year's figures beside this year's) and its
	 * charts, as page and PDF show it.
	 */
	private ReportView view(CurrentUser leader, AnnualReport report, boolean published, Locale locale) {
		var summary = ReportSummary.of(report, () -> {
			var lastYear = reports.report(leader, report.period().minusYears(1), locale);
			return published ? lastYear.published() : lastYear;
		}, messages, locale);
		return ReportView.of(report, summary);
	}

	/**
	 * A comment as typed, with the version of the comment the form was opened with (none
	 * for a new one).
	 */
	record CommentForm(@NotBlank @Size(max = 60) String section, @Nullable @Size(max = 4000) String text,
			@Nullable Long version) {
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser leader, @ModelAttribute("periodForm") PeriodForm form,
			Locale locale, Model model) {
		var chosen = form.withDefaults(LocalDate.now(clock));
		var period = chosen.periodOrYear();
		var error = chosen.periodError();
		if (error != null) {
			model.addAttribute("periodError", error);
			chosen = new PeriodForm("year", period.from().getYear(), null, null, null);
		}
		model.addAttribute("periodForm", chosen);
		model.addAttribute("query", chosen.query());
		var report = reports.report(leader, period, locale);
		model.addAttribute("report", report);
		model.addAttribute("view", view(leader, report, false, locale));
		model.addAttribute("commentVersions", reports.commentVersions(leader, period));
		return "statistics/annual";
	}

	@PostMapping("/comments")
	String comment(@AuthenticationPrincipal CurrentUser leader, @ModelAttribute("periodForm") PeriodForm form,
			@Valid CommentForm comment, BindingResult result, RedirectAttributes redirect) {
		var chosen = form.withDefaults(LocalDate.now(clock));
		var periodError = chosen.periodError();
		if (periodError != null) {
			// a comment belongs to the period it was written for: never stored on the
			// year shown in its place
			redirect.addFlashAttribute("error", periodError);
		}
		else if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "report.comment.tooLong");
		}
		else {
			reports.comment(leader, chosen.period(), comment.section(), comment.text() == null ? "" : comment.text(),
					comment.version());
			redirect.addFlashAttribute("message", "report.comment.saved");
		}
		return "redirect:/statistics/annual?" + chosen.query() + "#section-" + comment.section();
	}

	@GetMapping("/export.{format}")
	void export(@AuthenticationPrincipal CurrentUser leader, @ModelAttribute("periodForm") PeriodForm form,
			@PathVariable String format, @RequestParam(defaultValue = "true") boolean published, Locale locale,
			HttpServletResponse response) throws IOException {
		var chosen = form.withDefaults(LocalDate.now(clock));
		if (chosen.periodError() != null) {
			// the page says what is wrong with the period; no file for a period that was
			// not asked for
			response.sendRedirect(response.encodeRedirectURL("/statistics/annual?" + chosen.query()));
			return;
		}
		var period = chosen.period();
		var report = reports.report(leader, period, locale);
		if (published) {
			report = report.published();
		}
		var name = "feltlogg-rapport-" + Periods.key(period) + (published ? "" : "-intern");
		switch (format) {
			case "pdf" -> {
				response.setContentType("application/pdf");
				attachment(response, name + ".pdf");
				response.getOutputStream().write(pdf.write(view(leader, report, published, locale), locale));
			}
			case "xlsx" -> {
				response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
				attachment(response, name + ".xlsx");
				exports.xlsx(report, response.getOutputStream(), locale);
			}
			case "csv" -> {
				response.setContentType("text/csv; charset=UTF-8");
				attachment(response, name + ".csv");
				exports.csv(report, response.getOutputStream());
			}
			default -> throw new NotFoundException("Export format");
		}
	}

	private static void attachment(HttpServletResponse response, String filename) {
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
	}

}
