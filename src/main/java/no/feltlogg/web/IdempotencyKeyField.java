package no.feltlogg.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Puts a fresh idempotency key into every POST form rendered with {@code th:action}, next
 * to the CSRF token (ADR 0031): wraps Spring Security's
 * {@code requestDataValueProcessor}, which Thymeleaf asks for a form's hidden fields. One
 * place for all forms, none copied per template. {@link IdempotencyFilter} does the rest.
 * Next to it goes the page the form was shown on ({@link FormPage}), where a post refused
 * for an expired session is sent back to (ADR 0033).
 */
@Component
class IdempotencyKeyField implements BeanPostProcessor {

	private static final String METHOD = IdempotencyKeyField.class.getName() + ".method";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(beanName)) {
			return new WithIdempotencyKey(processor);
		}
		return bean;
	}

	private record WithIdempotencyKey(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, @Nullable String httpMethod) {
			request.setAttribute(METHOD, httpMethod == null ? "GET" : httpMethod);
			return delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
				String type) {
			return delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			var fields = delegate.getExtraHiddenFields(request);
			if (!"POST".equalsIgnoreCase(String.valueOf(request.getAttribute(METHOD)))) {
				return fields;
			}
			request.removeAttribute(METHOD);
			var withKey = new LinkedHashMap<String, String>(fields == null ? Map.of() : fields);
			withKey.put(IdempotencyFilter.PARAMETER, UUID.randomUUID().toString());
			withKey.put(FormPage.PARAMETER, FormPage.of(request));
			return withKey;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return delegate.processUrl(request, url);
		}

	}

}
