package no.feltlogg.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A date field of a form lies between the years 1900 and 2100, as {@link FormDates}
 * requires of dates typed as text: year 1 or 99999 is a typing error, not a date anyone
 * means, and is refused at the field (message key {@code FormYear}). An empty field is
 * left to {@code @NotNull}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FormYear.Check.class)
public @interface FormYear {

	String message() default "{FormYear}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check, shared with code that reads dates from elsewhere (an import file). */
	final class Check implements ConstraintValidator<FormYear, LocalDate> {

		@Override
		public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
			return date == null || FormDates.inRange(date);
		}

	}

}
