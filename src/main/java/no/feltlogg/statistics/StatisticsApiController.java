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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Role;

/**
 * JSON for the municipality's own dashboards, with the same rules as the pages: a
 * signed-in session or an API token (ADR 0035), the leader's annual figures for her own
 * team, the SLT trends suppressed (a hidden cell is {@code null} with
 * {@code "suppressed": true}). A token that reads as the SLT coordinator gets the year's
 * trend tables, suppressed, from {@code /annual}.
 */
@RestController
@Tag(name = "statistics", description = "Aggregated statistics for dashboards")
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
	@Operation(summary = "The annual figures of a year",
			description = "A team leader's session or a team token made by that team's leader: the team's annual "
					+ "figures, unsuppressed. Any other token: the year's trend tables for its municipality or team, "
					+ "with counts from 1 to 4 hidden (a hidden cell is null with suppressed true).")
	ResponseEntity<Map<String, Object>> annual(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser leader,
			@Parameter(description = "The year, e.g. 2026; the current year when left out") @RequestParam(
					required = false) @Nullable Integer year,
			@Parameter(hidden = true) Locale locale) {
		int chosen = year != null ? year : YearMonth.now(clock).getYear();
		if (chosen < 1900 || chosen > 2999) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.body(Map.of("error", "year must be between 1900 and 2999"));
		}
		if (leader.role() != Role.LEADER) {
			// an API token that reads as the SLT coordinator does (ADR 0035): the year's
			// trends, suppressed
			var view = trends.view(leader, YearMonth.of(chosen, 1), YearMonth.of(chosen, 12), locale);
			var json = new LinkedHashMap<String, Object>();
			json.put("year", chosen);
			json.put("suppressed", true);
			var team = leader.teamId();
			json.put("team", team == null ? null
					: Map.of("id", team.toString(), "name", java.util.Objects.toString(leader.teamName(), "")));
			json.put("tables", view.tables().stream().map(StatisticsApiController::table).toList());
			return ResponseEntity.ok(json);
		}
		return ResponseEntity.ok(annual.of(leader, chosen));
	}

	@GetMapping("/trends")
	@Operation(summary = "The SLT trends of a run of months",
			description = "Month by month by area, arena and theme, field observations, priority levels and referrals, "
					+ "suppressed (counts from 1 to 4 hidden), for the municipality or the token's team.")
	Map<String, Object> trends(@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser slt,
			@Parameter(description = "First month, YYYY-MM; twelve months before 'to' when left out") @RequestParam(
					required = false) @Nullable String from,
			@Parameter(description = "Last month, YYYY-MM; the month before this one when left out") @RequestParam(
					required = false) @Nullable String to,
			@Parameter(hidden = true) Locale locale) {
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
