package no.feltlogg.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.feltlogg.shared.CurrentUser;

/**
 * JSON for the municipality's own dashboards, with the same rules as the pages: a signed-in session, the leader's
 * annual figures for her own team, the SLT trends suppressed (a hidden cell is {@code null} with
 * {@code "suppressed": true}).
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

	private final AnnualFigures annual;

	private final Trends trends;

	private final Clock clock;

	StatisticsApiController(AnnualFigures annual, Trends trends, Clock clock) {
		this.annual = annual;
		this.trends = trends;
		this.clock = clock;
	}

	@GetMapping("/annual")
	ResponseEntity<Map<String, Object>> annual(@AuthenticationPrincipal CurrentUser leader,
			@RequestParam(required = false) @Nullable Integer year) {
		int chosen = year != null ? year : YearMonth.now(clock).getYear();
		if (chosen < 1900 || chosen > 2999) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "year must be between 1900 and 2999"));
		}
		return ResponseEntity.ok(annual.of(leader, chosen));
	}

	@GetMapping("/trends")
	Map<String, Object> trends(@AuthenticationPrincipal CurrentUser slt, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale) {
		var range = TrendsController.MonthRange.of(from, to, YearMonth.now(clock));
		var view = trends.view(slt, range.from(), range.to(), locale);
		var json = new LinkedHashMap<String, Object>();
		json.put("from", view.from().toString());
		json.put("to", view.to().toString());
		json.put("tables", view.tables().stream().map(StatisticsApiController::table).toList());
		json.put("changes", view.changes());
		return json;
	}

	static Map<String, Object> table(Table table) {
		var json = new LinkedHashMap<String, Object>();
		json.put("id", table.id());
		json.put("title", table.title());
		json.put("rows", table.rows());
		json.put("columns", table.columns());
		var cells = new ArrayList<List<Map<String, Object>>>();
		for (int r = 0; r < table.rows().size(); r++) {
			var row = new ArrayList<Map<String, Object>>();
			for (int c = 0; c < table.columns().size(); c++) {
				var cell = new LinkedHashMap<String, Object>();
				cell.put("value", table.hidden(r, c) ? null : table.values()[r][c]);
				cell.put("suppressed", table.hidden(r, c));
				row.add(cell);
			}
			cells.add(row);
		}
		json.put("cells", cells);
		return json;
	}

}
