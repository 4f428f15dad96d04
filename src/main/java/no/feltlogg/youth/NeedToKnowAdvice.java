package no.feltlogg.youth;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A restricted record opened without a reason, from any module's page, leads to the page that asks for one. */
@ControllerAdvice
class NeedToKnowAdvice {

	@ExceptionHandler(NeedToKnowRequired.class)
	String askForReason(NeedToKnowRequired refused) {
		return "redirect:/youth/" + refused.youthId() + "/need-to-know";
	}

}
