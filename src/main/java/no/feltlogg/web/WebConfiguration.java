package no.feltlogg.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Norwegian bokmål first, whatever the browser asks for; English on request
 * ({@code ?lang=en}), kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

	private final MessageSource messages;

	WebConfiguration(MessageSource messages) {
		this.messages = messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("feltlogg-lang");
		resolver.setDefaultLocale(BOKMAAL);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Links are not rewritten. The resource chain is on only so that
	 * {@code /webjars/chart.js/...} is served without a version in its path; no
	 * versioning strategy is configured, so Spring Boot's
	 * {@link ResourceUrlEncodingFilter} would change no link, while looking each one up
	 * on the class path: a third of the time of the annual report page (see
	 * docs/benchmarks-statistics.md). This registration takes its place, disabled.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		FormValues.register(registry);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		// not on the error page: a refused upload's error page must not read the form
		// fields (ADR 0027)
		registry.addInterceptor(change).excludePathPatterns("/error");
		// the box "Det er et problem" above a refused form (ADR 0049)
		registry.addInterceptor(new ErrorSummary(messages));
	}

}
