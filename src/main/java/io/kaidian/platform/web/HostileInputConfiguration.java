package io.kaidian.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;

/**
 * Input the service refuses at the edge, never with a {@code 500} (ADR 0020): strict JSON
 * for request bodies with the text policy, the text policy for parameters, and problem
 * details for what the container itself refuses.
 */
@Configuration(proxyBeanMethods = false)
class HostileInputConfiguration {

	/**
	 * The JSON converter of the API in place of Spring Boot's (strict scalars, the text
	 * policy): set after Spring Boot's own MVC configuration, which sets its converter
	 * first. Not a bean: a converter bean would be added ahead of every other converter
	 * and answer for {@code byte[]} and {@code String} too.
	 */
	@Bean
	WebMvcConfigurer policedJsonConverter(JsonMapper mapper) {
		return new PolicedJsonConfigurer(new PolicedJsonConverter(mapper));
	}

	/**
	 * Parameters are checked once the form body can be read (after the character encoding
	 * and the form-content filter) and before Spring Security reads any.
	 */
	@Bean
	FilterRegistrationBean<RequestParameterCheck> requestParameterCheck(ProblemRenderer renderer) {
		FilterRegistrationBean<RequestParameterCheck> registration = new FilterRegistrationBean<>(
				new RequestParameterCheck(renderer));
		registration.setOrder(OrderedFormContentFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	/** Tomcat's HTML error report replaced by problem details. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(
			ObjectProvider<ProblemRenderer> renderer) {
		return new ProblemReportValveCustomizer(renderer);
	}

	@Order(Ordered.LOWEST_PRECEDENCE)
	private record PolicedJsonConfigurer(PolicedJsonConverter converter) implements WebMvcConfigurer {

		@Override
		public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
			builder.withJsonConverter(this.converter);
		}

	}

	private record ProblemReportValveCustomizer(ObjectProvider<ProblemRenderer> renderer)
			implements
				WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
				Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((TomcatContextCustomizer) (context) -> {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof org.apache.catalina.valves.ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemReportValve(this.renderer));
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
			});
		}

		/** After Spring Boot's own customizer, which adds its error report valve. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
