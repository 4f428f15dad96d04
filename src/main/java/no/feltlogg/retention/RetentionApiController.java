package no.feltlogg.retention;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.feltlogg.shared.CurrentUser;

/**
 * {@code GET /api/v1/retention/status}: the last run's counts, and holds and what is due
 * as of now.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class RetentionApiController {

	private final Retention retention;

	RetentionApiController(Retention retention) {
		this.retention = retention;
	}

	@GetMapping("/api/v1/retention/status")
	Map<String, Object> status(@AuthenticationPrincipal CurrentUser admin) {
		var status = retention.status(admin);
		var json = new LinkedHashMap<String, Object>();
		json.put("lastRun", status.lastRun() == null ? null : status.lastRun().toString());
		json.put("anonymised", status.anonymised());
		json.put("blanked", status.blanked());
		json.put("deleted", status.deleted());
		json.put("held", status.held());
		json.put("dueWithin30Days", status.dueWithin30Days());
		return json;
	}

}
