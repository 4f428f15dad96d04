package no.feltlogg.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.sltplan.SltPlan;

/** The SLT coordinator's trends page: suppressed aggregates for the municipality, never a name. */
@Controller
class TrendsController {

	/** The longest run of months one view covers. */
	static final int MAX_MONTHS = 120;

	private final Trends trends;

	private final SltPlan plan;

	private final Clock clock;

	TrendsController(Trends trends, SltPlan plan, Clock clock) {
		this.trends = trends;
		this.plan = plan;
		this.clock = clock;
	}

	/** A run of months from the page's or the API's parameters; the last twelve months by default. */
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
			Locale locale, Model model) {
		var range = MonthRange.of(from, to, YearMonth.now(clock));
		model.addAttribute("range", range);
		// narrowed to one SLT area of the action plan, with its measures beside the curves; an unknown area is the
		// whole municipality
		var areas = plan.areas(slt);
		var chosen = areas.stream().filter(a -> a.id().toString().equals(area)).findFirst();
		model.addAttribute("sltAreas", areas);
		model.addAttribute("sltArea", chosen.orElse(null));
		if (chosen.isPresent()) {
			model.addAttribute("view",
					trends.narrowed(slt, range.from(), range.to(), locale, chosen.get().areaNames()));
			model.addAttribute("measures", plan.measures(slt, chosen.get().id()));
		}
		else {
			model.addAttribute("view", trends.view(slt, range.from(), range.to(), locale));
		}
		return "statistics/trends";
	}

}
