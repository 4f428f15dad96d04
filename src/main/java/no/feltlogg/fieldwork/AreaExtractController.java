package no.feltlogg.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.feltlogg.shared.CurrentUser;
import no.feltlogg.shared.Oslo;

/**
 * The area meeting's extract as a page: the leader's, with notes, under
 * {@code /fieldwork/area-extract}; the SLT coordinator's, counts only and suppressed,
 * under {@code /slt/area-extract}. Its PDF and CSV files are
 * {@link AreaExtractFileController}'s.
 */
@Controller
class AreaExtractController {

	private final AreaExtracts extracts;

	private final Clock clock;

	AreaExtractController(AreaExtracts extracts, Clock clock) {
		this.extracts = extracts;
		this.clock = clock;
	}

	@GetMapping("/fieldwork/area-extract")
	@PreAuthorize("hasRole('LEADER')")
	String leaderPage(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, Model model) {
		return page(user, area, from, to, locale, model, "/fieldwork/area-extract");
	}

	@GetMapping("/slt/area-extract")
	String sltPage(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable List<String> area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale, Model model) {
		return page(user, area, from, to, locale, model, "/slt/area-extract");
	}

	private String page(CurrentUser user, @Nullable List<String> area, @Nullable String from, @Nullable String to,
			Locale locale, Model model, String base) {
		var query = AreaExtractQuery.of(area, from, to, LocalDate.now(clock.withZone(Oslo.ZONE)));
		model.addAttribute("base", base);
		model.addAttribute("query", query);
		model.addAttribute("choosable", extracts.choosable(user));
		if (query.complete()) {
			model.addAttribute("extract", extracts.extract(user, query.areas(), query.from(), query.to(), locale));
			model.addAttribute("downloads", query.query());
		}
		return "fieldwork/area-extract";
	}

}
