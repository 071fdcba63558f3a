package io.kaidian.platform.events;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wires the recording of listener errors around every transactional event listener (what
 * Modulith registers publications for) and the gauges of failed publications.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationsConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor listenerFailuresAdvisor(ObjectProvider<EventPublicationRepository> publications,
			ObjectProvider<JdbcClient> jdbc, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<EventRetryProperties> properties, ObjectProvider<Clock> clock) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				new AnnotationMatchingPointcut(null, TransactionalEventListener.class, true),
				new ListenerFailures(publications, jdbc, meters, properties, clock));
		advisor.setOrder(ListenerFailures.ORDER);
		return advisor;
	}

	/**
	 * {@code kaidian.events.publications{state="failed"}}: publications left for an
	 * operator; {@code state="retrying"}: failed ones the retry task will try again.
	 */
	@Bean
	MeterBinder eventPublicationGauges(EventPublications publications) {
		return (MeterRegistry registry) -> {
			for (EventPublications.State state : EventPublications.State.values()) {
				Gauge.builder("kaidian.events.publications", publications, (p) -> p.count(state))
					.description("Event publications whose listener failed")
					.tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
					.register(registry);
			}
		};
	}

}
