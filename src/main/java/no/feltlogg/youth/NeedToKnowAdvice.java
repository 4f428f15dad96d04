package no.feltlogg.youth;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A restricted record opened without a reason, from any module's page, leads to the page
 * that asks for one. A record whose processing is restricted (ADR 0039) answers 403 with
 * a page that says so, without the youth's name; both handlers are here, so that the more
 * specific exception always finds its own.
 */
@ControllerAdvice
class NeedToKnowAdvice {

	@ExceptionHandler(NeedToKnowRequired.class)
	String askForReason(NeedToKnowRequired refused) {
		return "redirect:/youth/" + refused.youthId() + "/need-to-know";
	}

	@ExceptionHandler(ProcessingRestricted.class)
	ModelAndView processingRestricted(ProcessingRestricted refused) {
		var page = new ModelAndView("youth/restricted");
		page.setStatus(HttpStatus.FORBIDDEN);
		return page;
	}

}
