package no.feltlogg.youth;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A record whose processing is restricted, opened by anyone but the leader from any module's page: 403 and a page
 * that says so, without the youth's name.
 */
@ControllerAdvice
class ProcessingRestrictedAdvice {

	@ExceptionHandler(ProcessingRestricted.class)
	ModelAndView restricted(ProcessingRestricted refused) {
		var page = new ModelAndView("youth/restricted");
		page.setStatus(HttpStatus.FORBIDDEN);
		return page;
	}

}
