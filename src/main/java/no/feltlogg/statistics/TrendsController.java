package no.feltlogg.statistics;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import no.feltlogg.shared.CurrentUser;
import no.feltlogg.sltplan.SltPlan;
import no.feltlogg.team.SecurityLog;

/**
 * The SLT coordinator's trends page and its PDF and XLSX: suppressed aggregates for the
 * municipality, never a name.
 */
@Controller
class TrendsController {

	/** The longest run of months one view covers. */
	static final int MAX_MONTHS = 120;

	private final Trends trends;

	private final SltPlan plan;

	private final Clock clock;

	private final TrendsExports exports;

	private final SecurityLog securityLog;

	private final MessageSource messages;

	TrendsController(Trends trends, SltPlan plan, Clock clock, TrendsExports exports, SecurityLog securityLog,
			MessageSource messages) {
		this.trends = trends;
		this.plan = plan;
		this.clock = clock;
		this.exports = exports;
		this.securityLog = securityLog;
		this.messages = messages;
	}

	/**
	 * A run of months from the page's or the API's parameters; the last twelve months by
	 * default.
	 */
	record MonthRange(YearMonth from, YearMonth to, boolean corrected) {

		static MonthRange of(@Nullable String from, @Nullable String to, YearMonth current) {
			var last = parse(to);
			var first = parse(from);
			boolean corrected = (from != null && !from.isBlank() && first == null)
					|| (to != null && !to.isBlank() && last == null);
			if (last == null) {
				last = current.minusMonths(1);
			}
			if (first == null) {
				first = last.minusMonths(11);
			}
			if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
				return new MonthRange(last.minusMonths(11), last, true);
			}
			return new MonthRange(first, last, corrected);
		}

		private static @Nullable YearMonth parse(@Nullable String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				var month = YearMonth.parse(value.trim());
				return month.getYear() < 1900 || month.getYear() > 2999 ? null : month;
			}
			catch (DateTimeParseException notAMonth) {
				return null;
			}
		}

	}

	@GetMapping("/slt/trends")
	String trends(@AuthenticationPrincipal CurrentUser slt, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String team, Locale locale, Model model) {
		model.addAllAttributes(page(slt, from, to, area, team, locale));
		return "statistics/trends";
	}

	/**
	 * The page's tables as a tagged PDF, an XLSX workbook or a CSV file, with the same
	 * months, filters and suppression as the page (ADR 0043); each export is written to
	 * the security log.
	 */
	@GetMapping("/slt/trends/export.{format}")
	void export(@AuthenticationPrincipal CurrentUser slt, @PathVariable String format,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String team, Locale locale, HttpServletResponse response)
			throws IOException {
		if (!format.equals("pdf") && !format.equals("xlsx") && !format.equals("csv")) {
			throw new no.feltlogg.shared.NotFoundException("Export format");
		}
		var model = page(slt, from, to, area, team, locale);
		var view = (TrendsView) model.get("view");
		var name = "feltlogg-trender-" + view.from() + "-" + view.to();
		securityLog.exportedFigures(slt,
				"SLT trends " + view.from() + "–" + view.to() + " " + format
						+ (view.team() != null ? " team " + view.team() : "")
						+ (model.get("sltArea") instanceof no.feltlogg.sltplan.SltArea a ? " area " + a.name() : ""));
		if (format.equals("pdf")) {
			var pdf = exports.pdf(model, locale);
			response.setContentType("application/pdf");
			response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
			response.setContentLength(pdf.length);
			response.getOutputStream().write(pdf);
		}
		else if (format.equals("csv")) {
			response.setContentType("text/csv; charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
			exports.csv(view, response.getOutputStream(), locale);
		}
		else {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
			exports.xlsx(view, model, response.getOutputStream(), locale);
		}
	}

	/** What the page shows, for the page and its exports alike. */
	private Map<String, Object> page(CurrentUser slt, @Nullable String from, @Nullable String to, @Nullable String area,
			@Nullable String team, Locale locale) {
		var model = new java.util.LinkedHashMap<String, Object>();
		var range = MonthRange.of(from, to, YearMonth.now(clock));
		model.put("range", range);
		// narrowed to one SLT area of the action plan, with its measures beside the
		// curves; an unknown area is the
		// whole municipality
		var areas = plan.areas(slt);
		var chosen = areas.stream().filter(a -> a.id().toString().equals(area)).findFirst();
		model.put("sltAreas", areas);
		model.put("sltArea", chosen.orElse(null));
		// narrowed to one team of the municipality; an unknown team is the whole
		// municipality
		var teams = trends.teams(slt);
		var chosenTeam = teams.stream().filter(t -> t.id().toString().equals(team)).findFirst();
		model.put("teams", teams);
		model.put("chosenTeam", chosenTeam.map(t -> t.id()).orElse(null));
		TrendsView view;
		if (chosenTeam.isPresent()) {
			view = trends.forTeam(slt, range.from(), range.to(), locale, chosenTeam.get().id(),
					chosen.map(no.feltlogg.sltplan.SltArea::areaNames).orElse(null));
		}
		else if (chosen.isPresent()) {
			view = trends.narrowed(slt, range.from(), range.to(), locale, chosen.get().areaNames());
		}
		else {
			view = trends.view(slt, range.from(), range.to(), locale);
		}
		if (chosen.isPresent()) {
			model.put("measures", plan.measures(slt, chosen.get().id()));
		}
		model.put("view", view);
		model.put("maxSeries", Trends.MAX_SERIES);
		model.put("query",
				query(range, chosen.map(a -> a.id()).orElse(null), chosenTeam.map(t -> t.id()).orElse(null)));
		return model;
	}

	/** The page's parameters, for the export links. */
	private static String query(MonthRange range, @Nullable UUID area, @Nullable UUID team) {
		return "from=" + range.from() + "&to=" + range.to() + (area != null ? "&area=" + area : "")
				+ (team != null ? "&team=" + team : "");
	}

}
