package no.feltlogg.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page the service worker shows for any page but the two offline forms when there is
 * no connection (ADR 0031).
 */
@Controller
class OfflineController {

	@GetMapping("/offline")
	String offline() {
		return "offline";
	}

}
