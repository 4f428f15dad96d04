package no.feltlogg.journal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every journal page shares: the entry types and legal bases its forms offer, and
 * the refusals' way back.
 */
@ControllerAdvice(assignableTypes = { JournalController.class, CorrectionController.class,
		AnonymousConversationController.class })
class JournalPages {

	@ModelAttribute("types")
	EntryType[] types() {
		return EntryType.values();
	}

	@ModelAttribute("legalBases")
	GuardianContactBasis[] legalBases() {
		return GuardianContactBasis.values();
	}

	@ExceptionHandler(ClosedRecordException.class)
	String closedRecord(ClosedRecordException refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "journal.closedRecord");
		return "redirect:/youth/" + refused.youthId();
	}

	@ExceptionHandler(NotYourDraftException.class)
	String notYourDraft(NotYourDraftException refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "journal.notYourDraft");
		return "redirect:/journal/" + refused.entryId();
	}

}
