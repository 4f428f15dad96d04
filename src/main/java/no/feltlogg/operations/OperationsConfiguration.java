package no.feltlogg.operations;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * The two filters in front of all others: the request id first, so that every line a
 * request logs carries it, then the answer to a database that cannot be reached, which
 * must see what the security and session filters throw.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		var registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales) {
		var registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(new TryAgainPage(templates, locales)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
