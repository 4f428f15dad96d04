package no.feltlogg.web;

import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A value that cannot be read is reported at its field, and everything else on the form
 * stays as typed (issue 15, ADR 0033), on every form.
 * <p>
 * When one component of a form record cannot be converted (a time of 25:99, a letter
 * where a number belongs), Spring still builds the record (with that component null) and
 * hands it to the controller, but the model gets the form name bound to {@code null} and
 * a binding result without a target. A template field written with {@code th:field} still
 * shows what was typed (the binding result recorded it), but one written from the form
 * itself ({@code th:checked="${form?.hasTheme(t)}"}, the tally's counts) showed empty:
 * the chosen themes, areas, workers, the kind and the severity were lost. This puts the
 * record back into the model with a binding result that reads its fields (with their
 * formats) and keeps every error and rejected value, before the controller sees either.
 * <p>
 * Spring validates no record it could not build, so a mistyped date hid an empty text
 * beside it until the date was put right: the kept record is validated too (when the
 * parameter asks for it), and each field that converted gets its constraint's error, so
 * that the worker sees every problem at once (ADR 0041).
 */
@Configuration(proxyBeanMethods = false)
class TypedFormKeeping {

	@Bean
	static BeanPostProcessor keepTypedForms(
			@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions,
			@Qualifier("mvcValidator") ObjectProvider<Validator> validators) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					var resolvers = new ArrayList<HandlerMethodArgumentResolver>();
					for (var resolver : adapter.getArgumentResolvers()) {
						resolvers.add(resolver instanceof ModelAttributeMethodProcessor processor
								? new KeepingResolver(processor, conversions, validators) : resolver);
					}
					adapter.setArgumentResolvers(resolvers);
				}
				return bean;
			}
		};
	}

	/**
	 * Resolves a model attribute as Spring does, then puts a record built despite a
	 * failed field back.
	 */
	static final class KeepingResolver implements HandlerMethodArgumentResolver {

		private final ModelAttributeMethodProcessor delegate;

		private final ObjectProvider<ConversionService> conversions;

		private final ObjectProvider<Validator> validators;

		KeepingResolver(ModelAttributeMethodProcessor delegate, ObjectProvider<ConversionService> conversions,
				ObjectProvider<Validator> validators) {
			this.delegate = delegate;
			this.conversions = conversions;
			this.validators = validators;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binders) throws Exception {
			var value = delegate.resolveArgument(parameter, container, request, binders);
			if (value == null || container == null || !value.getClass().isRecord()) {
				return value;
			}
			var name = ModelFactory.getNameForParameter(parameter);
			var model = container.getModel();
			if (model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult result
					&& result.getTarget() == null && model.get(name) == null) {
				var kept = new DirectFieldBindingResult(value, name);
				var conversion = conversions.getIfAvailable();
				if (conversion != null) {
					kept.initConversion(conversion);
				}
				kept.addAllErrors(result);
				validateConverted(parameter, value, name, kept);
				// the binding result stays the model's last entry: the controller's
				// BindingResult argument is read from it
				model.remove(BindingResult.MODEL_KEY_PREFIX + name);
				model.put(name, value);
				model.put(BindingResult.MODEL_KEY_PREFIX + name, kept);
			}
			return value;
		}

		/**
		 * The constraints of the fields that converted, as the parameter's {@code @Valid}
		 * asks; a failed one keeps its error.
		 */
		private void validateConverted(MethodParameter parameter, Object value, String name, BindingResult kept) {
			var validator = validators.getIfAvailable();
			if (validator == null) {
				return;
			}
			for (var annotation : parameter.getParameterAnnotations()) {
				var hints = ValidationAnnotationUtils.determineValidationHints(annotation);
				if (hints != null) {
					var checked = new DirectFieldBindingResult(value, name);
					if (validator instanceof SmartValidator smart) {
						smart.validate(value, checked, hints);
					}
					else {
						validator.validate(value, checked);
					}
					checked.getFieldErrors()
						.stream()
						.filter(error -> !kept.hasFieldErrors(error.getField()))
						.forEach(kept::addError);
					checked.getGlobalErrors().forEach(kept::addError);
					return;
				}
			}
		}

	}

}
