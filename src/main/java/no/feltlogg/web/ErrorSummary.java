package no.feltlogg.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The error summary of a refused form (issue 16, ADR 0049), in one place for every form:
 * when the model of a page about to be rendered holds a binding result with errors, the
 * layout gets {@value #MODEL} — one entry per field in error (its first message, as shown
 * at the field, and the id of the field to link to) and one per error of the form as a
 * whole — and shows the box "Det er et problem" above the page (fragments/forms.html ::
 * summary), which js/app.js focuses when the page has loaded.
 */
final class ErrorSummary implements HandlerInterceptor {

	static final String MODEL = "formErrors";

	private final MessageSource messages;

	ErrorSummary(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || !view.hasView() || view.getModel().containsKey(MODEL)
				|| (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		var locale = RequestContextUtils.getLocale(request);
		var problems = new ArrayList<Map<String, String>>();
		var fields = new HashSet<String>();
		for (var attribute : new ArrayList<>(view.getModel().values())) {
			if (!(attribute instanceof BindingResult result) || !result.hasErrors()) {
				continue;
			}
			for (ObjectError error : result.getAllErrors()) {
				var message = message(error, locale);
				if (!StringUtils.hasText(message)) {
					continue;
				}
				var problem = new LinkedHashMap<String, String>();
				if (error instanceof FieldError field) {
					if (!fields.add(result.getObjectName() + "." + field.getField())) {
						continue; // the field shows its first message only, and so does
									// the summary
					}
					problem.put("field", field.getField());
					problem.put("id", idOf(field.getField()));
				}
				problem.put("message", message);
				problems.add(problem);
			}
		}
		if (!problems.isEmpty()) {
			view.addObject(MODEL, problems);
		}
	}

	/**
	 * The error's text as the field shows it; null for one no message names (it is not
	 * shown at a field either).
	 */
	private @Nullable String message(ObjectError error, java.util.Locale locale) {
		try {
			return messages.getMessage(error, locale);
		}
		catch (NoSuchMessageException unnamed) {
			return null;
		}
	}

	/** The id {@code th:field} gives a field's element: its name without brackets. */
	static String idOf(String field) {
		return field.replace("[", "").replace("]", "");
	}

}
