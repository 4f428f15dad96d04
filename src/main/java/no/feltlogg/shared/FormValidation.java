package no.feltlogg.shared;

import java.util.HashSet;

import jakarta.validation.Validator;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Bean validation of a form record whose building failed on a field. When a value cannot be converted (a date of
 * 31.02.2026, a letter where a number belongs), Spring reports it at its field but validates none of the other
 * components, so an empty name would only be reported on the next try. This validates the record as built and adds
 * the errors of the fields that have none yet, so that everything wrong is shown at once.
 */
public final class FormValidation {

	private FormValidation() {
	}

	public static void completeAfterBindingFailure(Validator validator, Object form, BindingResult result) {
		if (result.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
			return;
		}
		var checked = new DirectFieldBindingResult(form, result.getObjectName());
		new SpringValidatorAdapter(validator).validate(form, checked);
		var failed = new HashSet<String>();
		result.getFieldErrors().forEach(e -> failed.add(e.getField()));
		for (var error : checked.getFieldErrors()) {
			if (!failed.contains(error.getField())) {
				result.addError(new FieldError(result.getObjectName(), error.getField(), error.getRejectedValue(), false,
						error.getCodes(), error.getArguments(), error.getDefaultMessage()));
			}
		}
	}

}
