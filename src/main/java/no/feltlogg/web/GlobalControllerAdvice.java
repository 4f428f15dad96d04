package no.feltlogg.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;

/**
 * Applies to every controller: trims what users type and drops the control characters a
 * paste can bring along (PostgreSQL cannot store a NUL, and none of them means anything
 * in a form), and turns a lost update into a 409 page.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	/**
	 * C0 control characters and DEL, but not tab, line feed and carriage return, which
	 * text areas hold.
	 */
	private static final String CONTROL_CHARACTERS;

	static {
		var characters = new StringBuilder();
		for (char c = 0; c < 0x20; c++) {
			if (c != '\t' && c != '\n' && c != '\r') {
				characters.append(c);
			}
		}
		CONTROL_CHARACTERS = characters.append('\u007f').toString();
	}

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(CONTROL_CHARACTERS, false));
	}

	/**
	 * A form that should carry a file but is not an upload at all: the request is wrong,
	 * not the server.
	 */
	@ExceptionHandler(MultipartException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String notAnUpload() {
		return "error";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

}
