package no.feltlogg.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Rejects a field of a form record with a message key, as
 * {@link BindingResult#rejectValue} does, also when building the record failed on another
 * field (a letter typed where a number belongs, a value no list offers). Spring then
 * holds a binding result without a record, whose {@code rejectValue} cannot read the
 * field and fails; here the value typed into the field is taken from what the binding
 * recorded, so it is shown again with the message.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, String field, String code) {
		reject(result, field, code, null, null);
	}

	public static void reject(BindingResult result, String field, String code, @Nullable Object @Nullable [] args,
			@Nullable String defaultMessage) {
		if (result.getTarget() != null) {
			result.rejectValue(field, code, args, defaultMessage);
			return;
		}
		result.addError(new FieldError(result.getObjectName(), field, result.getFieldValue(field), false,
				result.resolveMessageCodes(code, field), args, defaultMessage));
	}

}
